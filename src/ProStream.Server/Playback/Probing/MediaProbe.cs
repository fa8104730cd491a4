namespace ProStream.Server.Playback.Probing;

/// <summary>What ffprobe reported about a source, reduced to what playback needs.</summary>
// StartTime: Seconds; the first timestamp of the container.
// Duration: Seconds, from the container.
public sealed record MediaProbe(
    string Container,
    double StartTime,
    double Duration,
    long? BitRate,
    long? Size,
    VideoStreamInfo? Video,
    IReadOnlyList<AudioStreamInfo> Audio,
    IReadOnlyList<SubtitleStreamInfo> Subtitles)
{
    public double EndTime => StartTime + Duration;

    /// <summary>Where playback starts: the video's first timestamp when known (the container's may belong to another track).</summary>
    public double TimelineStart => Video?.StartTime is { } start && start < EndTime ? start : StartTime;

    /// <summary>
    /// Where playback ends: the video's end when known, so that a subtitle or audio track running longer
    /// neither stretches the timeline nor declares media that is not there.
    /// </summary>
    public double TimelineEnd => Video?.EndTime is { } end && end > TimelineStart && end <= EndTime + 1 ? end : EndTime;

    public bool IsMatroska => Container.Contains("matroska", StringComparison.Ordinal)
        || Container.Contains("webm", StringComparison.Ordinal);

    public bool IsMp4 => Container.Contains("mp4", StringComparison.Ordinal)
        || Container.Contains("mov", StringComparison.Ordinal);
}

public sealed record VideoStreamInfo(
    int Index,
    string Codec,
    string? Profile,
    int? Level,
    int Width,
    int Height,
    long? BitRate,
    string? PixelFormat,
    double? FrameRate,
    double? StartTime = null,
    double? EndTime = null);

// Index: The absolute stream index in the source.
public sealed record AudioStreamInfo(
    int Index,
    string Codec,
    string? Profile,
    int Channels,
    string? Language,
    string? Title,
    bool IsDefault,
    long? BitRate,
    int? SampleRate = null);

public sealed record SubtitleStreamInfo(
    int Index,
    string Codec,
    string? Language,
    string? Title,
    bool IsDefault,
    bool IsText,
    bool IsForced = false);
