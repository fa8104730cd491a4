using ProStream.Server.Library;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Everything decided about a source before ffmpeg runs; fixed for the session's life.</summary>
public sealed record SessionMedia(
    Uri Source,
    MediaProbe Probe,
    RenditionPlan Renditions,
    SegmentPlan Segments,
    IReadOnlyList<double>? Keyframes);

/// <summary>The title a session plays, when known, so that progress lands in the viewing history.</summary>
public sealed record PlayedTitle(MediaType Type, int TmdbId, int? Season, int? Episode);

public enum PlaybackStatus
{
    Starting,
    Ready,
    Failed,
    Ended,
}
