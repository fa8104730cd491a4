namespace ProStream.Server.Releases.Ranking;

/// <summary>More seeders first; unknown seeders after any positive count; zero seeders last.</summary>
public sealed class SeedersComparer : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private static (int Bucket, int Seeders) Score(ReleaseCandidate candidate) => candidate.Seeders switch
    {
        { } n when n > 0 => (0, -n),
        null => (1, 0),
        _ => (2, 0),
    };
}
