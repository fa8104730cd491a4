using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>
/// The audio languages a release is taken to carry, since names rarely list them all:
/// <list type="bullet">
/// <item>languages named in the release (FRENCH, VFF, GERMAN…);</item>
/// <item>no language named and not MULTi (this includes VOSTFR): the original language, else English;</item>
/// <item>MULTi/DUAL: the original language (else English) plus the languages named; a bare MULTi, or one
/// naming French, also counts as French — the French scene's MULTi means "French dub + original";
/// a MULTi of a French-language film that names nothing else counts as French + English.</item>
/// </list>
/// </summary>
internal static class ReleaseAudioLanguages
{
    private const string French = "fr";
    private const string English = "en";

    public static IReadOnlyList<string> Of(ParsedRelease release, string? originalLanguage)
    {
        var original = string.IsNullOrWhiteSpace(originalLanguage) ? English : originalLanguage.ToLowerInvariant();
        var languages = new List<string>(release.Languages);
        if (release.Multi)
        {
            if (languages.Count == 0)
                languages.Add(French);
            if (!languages.Contains(original))
                languages.Add(original);
            // MULTi means at least two languages; for a French film the second one is most often English.
            if (languages.Count == 1)
                languages.Add(English);
        }
        else if (languages.Count == 0)
        {
            languages.Add(original);
        }
        return languages;
    }
}
