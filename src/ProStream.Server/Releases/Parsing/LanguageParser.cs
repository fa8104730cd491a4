using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Audio languages, MULTi and subtitle languages named after the title.</summary>
internal static partial class LanguageParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Release-name token → ISO 639-1. French scene variants (VFF France, VFQ Québec, VFI international,
    /// VF2 both, VOF original French, TRUEFRENCH) are all French audio.</summary>
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["FRENCH"] = "fr", ["TRUEFRENCH"] = "fr", ["VFF"] = "fr", ["VFQ"] = "fr", ["VFI"] = "fr", ["VF2"] = "fr",
        ["VOF"] = "fr", ["VF"] = "fr", ["FR"] = "fr", ["FRA"] = "fr",
        ["ENGLISH"] = "en", ["ENG"] = "en", ["EN"] = "en",
        ["GERMAN"] = "de", ["GER"] = "de", ["DEUTSCH"] = "de",
        ["ITALIAN"] = "it", ["ITA"] = "it",
        ["SPANISH"] = "es", ["ESP"] = "es", ["CASTELLANO"] = "es", ["LATINO"] = "es",
        ["PORTUGUESE"] = "pt", ["BRAZILIAN"] = "pt",
        ["JAPANESE"] = "ja", ["JPN"] = "ja",
        ["KOREAN"] = "ko",
        ["CHINESE"] = "zh", ["MANDARIN"] = "zh", ["CANTONESE"] = "zh",
        ["RUSSIAN"] = "ru", ["RUS"] = "ru",
        ["DUTCH"] = "nl", ["FLEMISH"] = "nl", ["NL"] = "nl",
        ["SWEDISH"] = "sv", ["DANISH"] = "da", ["NORWEGIAN"] = "no", ["FINNISH"] = "fi",
        ["POLISH"] = "pl", ["HINDI"] = "hi", ["ARABIC"] = "ar", ["TURKISH"] = "tr", ["HEBREW"] = "he",
        ["CZECH"] = "cs", ["HUNGARIAN"] = "hu", ["UKRAINIAN"] = "uk", ["GREEK"] = "el", ["THAI"] = "th",
        ["VIETNAMESE"] = "vi",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static (List<string> Languages, bool Multi, List<string> Subtitles) Parse(string tags)
    {
        var languages = new List<string>();
        var subtitles = new List<string>();
        var multi = false;
        foreach (Match m in LanguageRegex().Matches(tags))
        {
            if (m.Groups["multi"].Success)
                multi = true;
            else if (m.Groups["vostfr"].Success)
                AddDistinct(subtitles, "fr");
            else if (m.Groups["sub"].Success)
                AddDistinct(subtitles, Codes[m.Groups["sub"].Value]);
            else
                AddDistinct(languages, Codes[m.Groups["lang"].Value]);
        }
        return (languages, multi, subtitles);
    }

    /// <summary>True when the whole token is a language marker; used to peel such tokens off the end of a title.</summary>
    public static bool IsLanguageToken(string token) => LanguageRegex().Match(token) is { Success: true } m && m.Length == token.Length;

    private static void AddDistinct(List<string> list, string code)
    {
        if (!list.Contains(code))
            list.Add(code);
    }

    // "MULTi-SUBS" means several subtitle tracks, not several audio languages. "VOST" alone is the French convention.
    [GeneratedRegex(Start + @"(?:" +
        @"(?<multi>MULTI(?!" + Sep + @"SUB)(?:" + Sep + @"(?:LANG|AUDIO))?|DUAL(?:" + Sep + @"AUDIO)?)" +
        @"|(?<vostfr>VOSTFR|VOST|SUBFRENCH|STFR)" +
        @"|SUBS?" + Sep + @"(?<sub>FRENCH|FR|ENGLISH|ENG?|ITA|ESP|GER|NL)" +
        @"|(?<sub>FR|ENG?|ITA|ESP|GER|NL)" + Sep + @"SUBS?" +
        @"|(?<lang>TRUEFRENCH|FRENCH|VFF|VFQ|VFI|VF2|VOF|VF|FRA|FR|ENGLISH|ENG|GERMAN|GER|DEUTSCH|ITALIAN|ITA" +
        @"|SPANISH|ESP|CASTELLANO|LATINO|PORTUGUESE|BRAZILIAN|JAPANESE|JPN|KOREAN|CHINESE|MANDARIN|CANTONESE" +
        @"|RUSSIAN|RUS|DUTCH|FLEMISH|SWEDISH|DANISH|NORWEGIAN|FINNISH|POLISH|HINDI|ARABIC|TURKISH|HEBREW|CZECH" +
        @"|HUNGARIAN|UKRAINIAN|GREEK|THAI|VIETNAMESE)" +
        @")" + End, Options, TimeoutMs)]
    private static partial Regex LanguageRegex();
}
