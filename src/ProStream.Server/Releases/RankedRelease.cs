using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases;

/// <summary>A release as offered to a viewer: its rank (1 is best; null when rejected), why it sits there,
/// what disqualifies it (empty when acceptable), and how it would reach this viewer's player.</summary>
public sealed record RankedRelease(Release Release, int? Rank, string Why, IReadOnlyList<Rejection> Rejections, PlaybackPath Playback = PlaybackPath.Direct)
{
    /// <summary>Whether AllDebrid can stream it now (instant): null when unknown, not checked, or the check failed.</summary>
    public bool? Cached { get; init; }

    public bool IsRejected => Rejections.Count > 0;
}
