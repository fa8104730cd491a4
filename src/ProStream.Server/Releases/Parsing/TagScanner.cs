namespace ProStream.Server.Releases.Parsing;

/// <summary>Finds the <see cref="TagVocabulary"/> words in a tokenised name, longest phrase first, in one pass.</summary>
internal static class TagScanner
{
    public static List<TagMatch> Scan(string text, List<ReleaseToken> tokens)
    {
        var matches = new List<TagMatch>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var taken = Phrase(text, tokens, i, matches);
            if (taken == 0)
                taken = GluedAudio(text, tokens, i, matches);
            if (taken == 0)
                taken = ChannelPair(text, tokens, i, matches, strong: false);
            if (taken == 0)
                taken = ChineseMarker(tokens, i, matches);
            i += Math.Max(taken, 1);
        }
        return matches;
    }

    /// <summary>The longest vocabulary phrase starting at token <paramref name="i"/>; returns the tokens it took.</summary>
    private static int Phrase(string text, List<ReleaseToken> tokens, int i, List<TagMatch> matches)
    {
        var key = tokens[i].Upper;
        var (count, tag, matchedKey) = (0, default(ReleaseTag), "");
        for (var length = 1; ; length++)
        {
            if (TagVocabulary.Words.TryGetValue(key, out var found) && (!found.UpperOnly || WrittenInCapitals(text, tokens, i, length) || BeforeSubtitleWord(tokens, i + length)))
                (count, tag, matchedKey) = (length, found, key);
            if (length == TagVocabulary.MaxTokens || i + length >= tokens.Count || !TagVocabulary.Prefixes.Contains(key)
                || !Joined(text, tokens[i + length - 1], tokens[i + length]))
            {
                break;
            }
            key = string.Concat(key, tokens[i + length].Upper);
        }
        if (count == 0)
            return 0;
        var last = tokens[i + count - 1];
        // "DTS-HD.MA5.1": the phrase goes on in a token that carries the channels.
        if (tag.Kind == TagKind.Audio && i + count < tokens.Count && Joined(text, last, tokens[i + count])
            && GluedAudio(text, tokens, i + count, matches, matchedKey) is > 0 and var glued)
        {
            return count + glued;
        }
        // "DD+" and "DD+5.1" are Dolby Digital Plus; "HDR10+" is HDR10+.
        if (tag is { Kind: TagKind.Audio, Value: "AC3" } && last.End < text.Length && text[last.End] == '+')
            tag = tag with { Value = "EAC3" };
        if (tag is { Kind: TagKind.Hdr, Value: HdrFormat.Hdr10 } && last.End < text.Length && text[last.End] == '+')
            tag = tag with { Value = HdrFormat.Hdr10Plus };
        matches.Add(new TagMatch(i, count, tag, tokens[i].Start, last.End));
        if (tag.Kind is TagKind.Audio or TagKind.Atmos)
            return count + ChannelPair(text, tokens, i + count, matches, strong: true);
        return count;
    }

    /// <summary>Two tokens belong to one phrase when at most one separator stands between them ("WEB-DL", "H.264").</summary>
    private static bool Joined(string text, ReleaseToken previous, ReleaseToken next) =>
        next.Start == previous.End || (next.Start == previous.End + 1 && text[previous.End] is ' ' or '.' or '-' or '_' or '\'' or '+' or '/');

    /// <summary>"Ro.Subbed", "Fr.Subs": a short code right before a subtitle word is a language whatever its case.</summary>
    private static bool BeforeSubtitleWord(List<ReleaseToken> tokens, int next) =>
        next < tokens.Count && TagVocabulary.Words.TryGetValue(tokens[next].Upper, out var tag) && tag.Kind == TagKind.SubtitleMarker;

    private static bool WrittenInCapitals(string text, List<ReleaseToken> tokens, int i, int count)
    {
        for (var j = i; j < i + count; j++)
        {
            foreach (var c in text.AsSpan(tokens[j].Start, tokens[j].Length))
            {
                if (char.IsLower(c))
                    return false;
            }
        }
        return true;
    }

    /// <summary>An audio codec with its channels written on: "DD5.1" (DD5 + 1), "AAC2.0", "DDP51".</summary>
    private static int GluedAudio(string text, List<ReleaseToken> tokens, int i, List<TagMatch> matches, string prefix = "")
    {
        var token = tokens[i];
        var upper = token.Upper;
        var digits = 0;
        while (digits < upper.Length && char.IsAsciiDigit(upper[^(digits + 1)]))
            digits++;
        if (digits is 0 or > 2 || digits == upper.Length)
            return 0;
        if (!TagVocabulary.Words.TryGetValue(prefix + upper[..^digits], out var tag) || tag.Kind is not (TagKind.Audio or TagKind.Atmos))
            return 0;
        if (tag.Value == "AC3" && token.Start + upper.Length - digits < text.Length && text[token.Start + upper.Length - digits] == '+')
            tag = tag with { Value = "EAC3" };
        var layout = upper.AsSpan(upper.Length - digits);
        string? channels = null;
        var taken = 1;
        if (digits == 2 && layout[1] is '0' or '1' or '2')
        {
            channels = $"{layout[0]}.{layout[1]}";
        }
        else if (digits == 1 && i + 1 < tokens.Count && tokens[i + 1] is { Length: 1 } next && next.Upper[0] is '0' or '1' or '2'
            && Joined(text, token, next))
        {
            channels = $"{layout[0]}.{next.Upper[0]}";
            taken = 2;
        }
        if (channels is null)
            return 0;
        matches.Add(new TagMatch(i, taken, tag, token.Start, tokens[i + taken - 1].End));
        matches.Add(new TagMatch(i, taken, new ReleaseTag(TagKind.Channels, channels, true), token.Start, tokens[i + taken - 1].End));
        return taken;
    }

    /// <summary>Chinese fansub tags ("简繁内封字幕", "国语音轨", "中日双语"): Chinese audio or subtitles.</summary>
    private static int ChineseMarker(List<ReleaseToken> tokens, int i, List<TagMatch> matches)
    {
        var token = tokens[i];
        if (token.Upper[0] < '\u3000' || token.Upper.IndexOfAny(['简', '繁', '国', '中', '字']) < 0)
            return 0;
        matches.Add(new TagMatch(i, 1, new ReleaseTag(TagKind.Language, "zh"), token.Start, token.End));
        return 1;
    }

    /// <summary>A channel layout written as two numbers: "5.1", "7 1", "2.0".</summary>
    private static int ChannelPair(string text, List<ReleaseToken> tokens, int i, List<TagMatch> matches, bool strong)
    {
        if (i + 1 >= tokens.Count)
            return 0;
        var (main, lfe) = (tokens[i], tokens[i + 1]);
        if (main.Length != 1 || lfe.Length != 1 || main.Upper[0] is < '1' or > '9' || lfe.Upper[0] is not ('0' or '1' or '2'))
            return 0;
        var separator = text[main.End];
        if (lfe.Start != main.End + 1 || !(separator is '.' or ' ' or '_' || (strong && separator == '-')))
            return 0;
        if (!strong && (main.Upper[0] is not ('1' or '2' or '5' or '6' or '7') || text[main.End] != '.'))
            return 0;
        matches.Add(new TagMatch(i, 2, new ReleaseTag(TagKind.Channels, $"{main.Upper[0]}.{lfe.Upper[0]}", strong), main.Start, lfe.End));
        return 2;
    }
}
