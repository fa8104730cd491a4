using System.Text.RegularExpressions;

namespace ProStream.Server.Releases.Parsing;

/// <summary>What can stand before a title and is not part of it: tags written first ("[h265 - HEVC] Riddick",
/// "[Group] [BD][1080p] Title"), a title in another script before the Latin one ("Босх / Series: Legacy"),
/// and guessit's bonus and film-number markers ("Show-x02-Extra", "Saga-f21-Film").</summary>
internal static partial class NamePrefix
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"Saga-f21-Film" is the saga's 21st film, named after the marker; "Show-x02-Making_Of" is an extra
    /// of the show, named before it.</summary>
    public static string WithoutBonusMarkers(string name)
    {
        if (FilmNumberRegex().Match(name) is { Success: true } film)
            name = name[(film.Index + film.Length)..];
        return BonusRegex().Match(name) is { Success: true, Index: > 0 } bonus ? name[..bonus.Index] : name;
    }

    /// <summary>True when every word of <paramref name="text"/> is a tag and one of them is unambiguous: "h265 - HEVC", "BD".</summary>
    public static bool IsTags(string text)
    {
        var tokens = ReleaseTokens.Of(text);
        return tokens.Count > 0
            && tokens.TrueForAll(t => TagVocabulary.Words.ContainsKey(t.Upper))
            && (tokens.Count == 1 || tokens.Exists(t => TagVocabulary.Words[t.Upper].Strong));
    }

    /// <summary>"h265 - HEVC Riddick 1080p": quality words before the title move behind it, where tags are read.</summary>
    public static string MoveLeadingTags(string body)
    {
        var at = 0;
        while (at < body.Length && TokenEnd(body, at) is var end && end > at && IsQualityWord(body[at..end]))
        {
            at = end;
            while (at < body.Length && body[at] is ' ' or '-' or '.' or '_')
                at++;
        }
        return at > 0 && at < body.Length ? string.Concat(body.AsSpan(at), " ", body.AsSpan(0, at).Trim()) : body;
    }

    /// <summary>"Босх: Спадок / Series: Legacy / S2E1", "我的人间烟火.Fireworks.Series.S01E01": a title written first in
    /// another script is followed by its Latin one, which the catalogue knows.</summary>
    public static string LatinTitle(string body)
    {
        if (body.Length == 0 || !char.IsLetter(body[0]) || body[0] <= 'ɏ')
            return body;
        var slash = body.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0 && slash + 3 < body.Length && char.IsAsciiLetter(body[slash + 3]))
            return body[(slash + 3)..];
        for (var i = 1; i < body.Length; i++)
        {
            if (char.IsAsciiLetter(body[i]) && body[i - 1] is ' ' or '.' or '_')
                return IsTitleWord(body, i) ? body[i..] : body;
            if (char.IsAsciiDigit(body[i]))
                return body;
        }
        return body;
    }

    private static bool IsTitleWord(string body, int start)
    {
        var end = TokenEnd(body, start);
        return end - start >= 2 && body.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0
            && !TagVocabulary.Words.ContainsKey(body[start..end].ToUpperInvariant());
    }

    private static int TokenEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
            end++;
        return end;
    }

    private static bool IsQualityWord(string word) =>
        TagVocabulary.Words.TryGetValue(word.ToUpperInvariant(), out var tag)
        && tag is { Strong: true, Kind: TagKind.Resolution or TagKind.Codec or TagKind.Source };

    [GeneratedRegex(@"(?<=[\p{L}\p{N})])-f\d{2}-(?=[\p{L}\p{N}])", Options)]
    private static partial Regex FilmNumberRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N})])-x\d{2}(?=-|$)", Options)]
    private static partial Regex BonusRegex();
}
