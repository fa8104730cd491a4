using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases;

/// <summary>A release as offered to a viewer: its rank (1 is best; null when rejected), why it sits there,
/// and what disqualifies it (empty when acceptable).</summary>
public sealed record RankedRelease(Release Release, int? Rank, string Why, IReadOnlyList<Rejection> Rejections)
{
    /// <summary>Whether AllDebrid can stream it now (instant): null when unknown, not checked, or the check failed.</summary>
    public bool? Cached { get; init; }

    public bool IsRejected => Rejections.Count > 0;
}
