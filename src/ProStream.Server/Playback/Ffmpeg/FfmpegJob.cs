using ProStream.Server.Playback.Planning;

namespace ProStream.Server.Playback.Ffmpeg;

/// <summary>One ffmpeg run of a session: from <see cref="StartSegment"/> to the end of the plan.</summary>
// Source: the session's loopback source relay URL, or a local file (tests only).
// InputFormat: the ffmpeg demuxer forced for the relay (from the sniffed container).
// Keyframes: the source's keyframe times (remux only), used to seek between keyframes on restart.
// RunNumber: numbers the WebVTT files, which ffmpeg rewrites from the start on every run.
// AudioFrameDurations: seconds per coded frame of each audio rendition as written, by rendition number
// (see AudioFrames); audio is cut half a frame early so that its segments start as close as possible to the video's.
public sealed record FfmpegJob(
    Uri Source,
    RenditionPlan Renditions,
    SegmentPlan Segments,
    IReadOnlyList<double>? Keyframes,
    int StartSegment,
    string OutputDirectory,
    int RunNumber,
    int ReconnectDelayMaxSeconds = 30,
    string? InputFormat = null,
    IReadOnlyList<double>? AudioFrameDurations = null)
{
    public double AudioFrameDuration(AudioRendition audio) =>
        AudioFrameDurations is { } durations && audio.Number < durations.Count ? durations[audio.Number] : AudioFrames.DefaultDuration;
}
