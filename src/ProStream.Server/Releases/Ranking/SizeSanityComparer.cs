namespace ProStream.Server.Releases.Ranking;

/// <summary>Releases of a believable size before those absurdly small for their resolution
/// (e.g. a 1080p film under 700 MiB). Unknown sizes and season packs count as believable.</summary>
public sealed class SizeSanityComparer : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return SizeSanity.IsSuspiciouslySmall(x).CompareTo(SizeSanity.IsSuspiciouslySmall(y));
    }
}
