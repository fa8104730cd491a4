namespace ProStream.Server.Releases.Parsing;

/// <summary>A run of letters and digits in a release name. <see cref="Upper"/> is the text in upper case;
/// <see cref="Before"/> is the character just before it ('\0' at the start).</summary>
internal readonly record struct ReleaseToken(int Start, int Length, string Upper, char Before)
{
    public int End => Start + Length;

    public bool IsNumber => Upper.Length > 0 && Upper.All(char.IsAsciiDigit);
}

/// <summary>Cuts a name into <see cref="ReleaseToken"/>s in one pass: every character that is not a letter or a
/// digit separates tokens. A resolution glued to a word ("BD1080p", "WEBDL-720p") becomes a token of its own.</summary>
internal static class ReleaseTokens
{
    public static List<ReleaseToken> Of(string text, int from = 0)
    {
        var tokens = new List<ReleaseToken>(16);
        var i = from;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            Add(tokens, text, start, i - start);
        }
        return tokens;
    }

    private static void Add(List<ReleaseToken> tokens, string text, int start, int length)
    {
        var before = start > 0 ? text[start - 1] : '\0';
        var split = GluedResolutionStart(text, start, length);
        if (split > 0)
        {
            tokens.Add(new ReleaseToken(start, split, text.Substring(start, split).ToUpperInvariant(), before));
            tokens.Add(new ReleaseToken(start + split, length - split, text.Substring(start + split, length - split).ToUpperInvariant(), text[start + split - 1]));
            return;
        }
        tokens.Add(new ReleaseToken(start, length, text.Substring(start, length).ToUpperInvariant(), before));
    }

    /// <summary>Where "480p…2160p" starts inside a token that begins with at least two letters, or 0.</summary>
    private static int GluedResolutionStart(string text, int start, int length)
    {
        if (length < 6 || !char.IsLetter(text[start]) || !char.IsLetter(text[start + 1]))
            return 0;
        var last = char.ToUpperInvariant(text[start + length - 1]);
        if (last is not ('P' or 'I'))
            return 0;
        var digits = 0;
        while (digits < length - 1 && char.IsAsciiDigit(text[start + length - 2 - digits]))
            digits++;
        return digits is 3 or 4 && length - 1 - digits >= 2 ? length - 1 - digits : 0;
    }
}
