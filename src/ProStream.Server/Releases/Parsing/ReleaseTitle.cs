using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Turns the part of a name before the year/episode/quality into a readable title.</summary>
internal static partial class ReleaseTitle
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "el", "los", "las", "il", "lo", "i",
    };

    /// <summary>Returns the title and the index where the tags begin (at or before <paramref name="titleEnd"/>,
    /// earlier when tag words were peeled off the end of the title).</summary>
    /// <param name="body">The release name without extension and group.</param>
    /// <param name="titleEnd">Where the year, episode marker or first unambiguous tag starts.</param>
    /// <param name="endsAtYear">The title ended at a year: words such as "Web" or "Cam" before it belong to the
    /// title ("Charlottes.Web.2006"), so only languages and edition flags are peeled off.</param>
    public static (string Title, int TagsStart) Extract(string body, int titleEnd, bool endsAtYear)
    {
        var tokens = TokenRegex().Matches(body[..titleEnd]).Where(t => t.Value.Any(char.IsLetterOrDigit)).ToList();
        var tagsStart = titleEnd;
        // Keep at least one word that is not an article: "The.English.S01" is a series called "The English".
        while (tokens.Count > 1 && IsTagWord(tokens[^1].Value, endsAtYear) && tokens.Take(tokens.Count - 1).Any(t => !Articles.Contains(Trimmed(t.Value))))
        {
            tagsStart = tokens[^1].Index;
            tokens.RemoveAt(tokens.Count - 1);
        }
        return (Join(body, tokens), tagsStart);
    }

    private static bool IsTagWord(string token, bool endsAtYear) =>
        token.Split('-', StringSplitOptions.RemoveEmptyEntries).All(part =>
            LanguageParser.IsLanguageToken(part)
            || IsWhole(EditionWordRegex().Match(part), part)
            || (!endsAtYear && IsWhole(SourceWordRegex().Match(part), part)));

    private static bool IsWhole(Match match, string text) => match.Success && match.Length == text.Length;

    private static string Trimmed(string token) => token.Trim('[', ']', '(', ')', '{', '}', '-');

    /// <summary>Joins tokens with spaces; single letters separated by dots stay an acronym ("S.W.A.T.").</summary>
    private static string Join(string body, List<Match> tokens)
    {
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i;
            while (last + 1 < tokens.Count && IsLetter(tokens[last]) && IsLetter(tokens[last + 1]) && body[tokens[last].Index + 1] == '.')
                last++;
            if (last > i)
            {
                words.Add(string.Concat(tokens.Skip(i).Take(last - i + 1).Select(t => t.Value + ".")));
                i = last;
            }
            else if (Trimmed(tokens[i].Value) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }
        return string.Join(' ', words).Trim(' ', '-');
    }

    private static bool IsLetter(Match token) => token.Value.Length == 1 && char.IsLetter(token.Value[0]);

    [GeneratedRegex(@"[^ ._]+", Options, TimeoutMs)]
    private static partial Regex TokenRegex();

    // Edition and release flags that may sit between the title and the year ("Movie.EXTENDED.2019").
    [GeneratedRegex(Start + @"(?:PROPER|REPACK|RERIP|INTERNAL|LIMITED|EXTENDED|UNRATED|UNCUT|REMASTERED|THEATRICAL|IMAX" +
        @"|CRITERION|COMPLETE|INTEGRALE|HYBRID|READNFO|DUBBED|SUBBED|3D|H?SBS)" + End, Options, TimeoutMs)]
    private static partial Regex EditionWordRegex();

    // Sources and services that are also ordinary words; tags only when no year follows ("Movie.WEB.x264").
    [GeneratedRegex(Start + @"(?:CAM|TS|TC|SCR|DVD|WEB|DV|HDR|NF|AMZN|DSNP|ATVP|HMAX)" + End, Options, TimeoutMs)]
    private static partial Regex SourceWordRegex();
}
