using ProStream.Server.Playback.Clients;

namespace ProStream.Server.Playback.Planning;

public enum PlaybackMode
{
    Remux,
    Transcode,
}

/// <summary>The video rendition. Its files live in <c>v/</c>, its playlist is <c>v.m3u8</c>.</summary>
public sealed record VideoRendition(int SourceIndex, bool Copy, string CodecString, int Width, int Height, double? FrameRate, long Bandwidth)
{
    public const string Name = "v";
}

/// <summary>One alternate audio rendition; files in <c>a{Number}/</c>.</summary>
public sealed record AudioRendition(
    int Number, int SourceIndex, bool Copy, string CodecString, int Channels, string? Language, string Name, bool IsDefault, long Bandwidth)
{
    public string DirectoryName => $"a{Number}";
}

/// <summary>One WebVTT rendition of a text subtitle track; files in <c>s{Number}/</c>.</summary>
public sealed record SubtitleRendition(int Number, int SourceIndex, string? Language, string Name, bool IsForced)
{
    public string DirectoryName => $"s{Number}";
}

/// <summary>What one ffmpeg process writes for a session, and what the master playlist announces.</summary>
public sealed record RenditionPlan(
    PlaybackMode Mode,
    VideoRendition Video,
    IReadOnlyList<AudioRendition> Audio,
    IReadOnlyList<SubtitleRendition> Subtitles)
{
    /// <summary>What reaches the client: the same rule the ranking applies to release names.</summary>
    public PlaybackPath Path => PlaybackPaths.Of(Video.Copy, Audio.All(a => a.Copy));
}
