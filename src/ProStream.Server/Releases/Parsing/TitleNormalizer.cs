using System.Collections.Frozen;
using System.Text;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Reduces a title to a comparable key: lower case, no accents, no punctuation, "&amp;" read as "and",
/// no leading article. "L'Été meurtrier" and "Ete.Meurtrier" both become "ete meurtrier".</summary>
public static class TitleNormalizer
{
    private static readonly string[] LeadingArticles =
    [
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "el", "los", "las", "il", "lo",
    ];

    // The server runs with InvariantGlobalization, where string.Normalize(FormD) does not decompose accents,
    // so Latin letters are folded by table.
    private static readonly FrozenDictionary<char, char> Unaccented = new (string Accented, char Plain)[]
    {
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'),
        ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'),
        ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
    }.SelectMany(p => p.Accented.Select(c => KeyValuePair.Create(c, p.Plain))).ToFrozenDictionary();

    public static string Normalize(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            var lower = char.ToLowerInvariant(c);
            switch (Unaccented.GetValueOrDefault(lower, lower))
            {
                case '&': text.Append(" and "); break;
                case 'œ': text.Append("oe"); break;
                case 'æ': text.Append("ae"); break;
                case 'ß': text.Append("ss"); break;
                // Apostrophes join ("ocean's" → "oceans") except after a lone article letter ("l'ete" → "l ete").
                case '\'' or '’': if (text.Length > 1 && char.IsLetter(text[^2])) break; text.Append(' '); break;
                case var l when char.IsLetterOrDigit(l): text.Append(l); break;
                default: text.Append(' '); break;
            }
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && LeadingArticles.Contains(words[0]))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>True when both titles name the same thing, ignoring spacing ("Spider-Man" = "Spiderman",
    /// "S.W.A.T." = "SWAT").</summary>
    public static bool SameTitle(string a, string b) =>
        Normalize(a).Replace(" ", "", StringComparison.Ordinal) == Normalize(b).Replace(" ", "", StringComparison.Ordinal);
}
