namespace ProStream.Server.Releases.Ranking;

/// <summary>Highest resolution not above the viewer's maximum first; then unknown resolutions; then
/// resolutions above the maximum, the closest to it first.</summary>
public sealed class ResolutionComparer(RankingPreferences preferences) : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private (int Bucket, int Distance) Score(ReleaseCandidate candidate) =>
        candidate.Parsed.Quality.Resolution switch
        {
            null => (1, 0),
            var r when r > preferences.MaxResolution => (2, r.Value),
            var r => (0, -r.Value),
        };
}
