namespace ProStream.Server.Releases.Ranking;

/// <summary>Releases AllDebrid can stream now (instant) first; not instant and unknown tie. In the chain it comes after
/// language, resolution and source, so it only decides between releases of the same quality tier.</summary>
public sealed class InstantComparer : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private static int Score(ReleaseCandidate candidate) => candidate.Instant == true ? 0 : 1;
}
