namespace ProStream.Server.Releases.Ranking;

/// <summary>The release carrying the most preferred audio language first; among equals, the one carrying
/// more of the preferred languages. A tie when the viewer has no preference.
/// See <see cref="ReleaseAudioLanguages"/> for what a release is taken to carry.</summary>
public sealed class AudioLanguageComparer(RankingPreferences preferences) : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private (int FirstPreferred, int PreferredMissing) Score(ReleaseCandidate candidate)
    {
        var wanted = preferences.AudioLanguages;
        if (wanted.Count == 0)
            return (0, 0);
        var carried = ReleaseAudioLanguages.Of(candidate.Parsed, preferences.OriginalLanguage);
        var matches = wanted.Select((code, index) => (code, index))
            .Where(w => carried.Contains(w.code, StringComparer.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 0 ? (wanted.Count, wanted.Count) : (matches[0].index, wanted.Count - matches.Count);
    }
}
