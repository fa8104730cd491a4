using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Playback;

/// <summary>Settings under <c>Playback:</c>.</summary>
public sealed class PlaybackOptions
{
    public const string Section = "Playback";

    /// <summary>HLS work directory; empty means <c>&lt;DataDir&gt;/hls</c>.</summary>
    public string? WorkDir { get; set; }

    /// <summary>Allow sources on loopback/private networks (tests, LAN). Off by default: the server must not be an SSRF proxy.</summary>
    public bool AllowPrivateSources { get; set; }

    /// <summary>Networks (CIDR, e.g. <c>192.168.1.0/24</c>) sources may be on although private: a NAS on the LAN.</summary>
    public string[] AllowedSourceNetworks { get; set; } = [];

    /// <summary>Outbound proxy for source fetches (<c>http://user:pass@host:port</c>, <c>socks5://…</c>); none by default.</summary>
    public string? SourceProxy { get; set; }

    /// <summary>A source must send its response headers within this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A read from a source that brings no byte for this long fails.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A session is created or refused within this (fetch, probe, keyframe index, first ffmpeg start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most bytes of its source a session keeps on disk (within its disk budget) so nothing is read twice.</summary>
    [Range(1L * 1024 * 1024, long.MaxValue)]
    public long SourceCacheBytes { get; set; } = 1L * 1024 * 1024 * 1024;

    [Range(1, 1000)]
    public int MaxSessions { get; set; } = 8;

    [Range(1, 100)]
    public int MaxSessionsPerUser { get; set; } = 2;

    /// <summary>A session without any request for this long is ended.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    [Required]
    public string FfmpegPath { get; set; } = "ffmpeg";

    [Required]
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>
    /// Describe Matroska sources from their headers in-process instead of running ffprobe (ffprobe stays the fallback
    /// for anything the reader does not know). Off only to compare the two.
    /// </summary>
    public bool ProbeHeadersInProcess { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a segment request waits for ffmpeg before answering 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SegmentTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>ffmpeg is suspended when it is this many segments ahead of the last request.</summary>
    [Range(2, 1000)]
    public int AheadSegments { get; set; } = 8;

    /// <summary>A request at most this many segments past what ffmpeg has written waits for it; further ahead restarts ffmpeg.</summary>
    [Range(1, 100)]
    public int WaitWindowSegments { get; set; } = 4;

    /// <summary>Segments further than this behind the last request are deleted.</summary>
    [Range(1, 1000)]
    public int KeepBehindSegments { get; set; } = 10;

    /// <summary>Hard cap on a session's files; ffmpeg is suspended and old segments deleted above it.</summary>
    [Range(10L * 1024 * 1024, long.MaxValue)]
    public long DiskBudgetBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest WebVTT a subtitle track may extract to (bytes): a larger track is listed unavailable and its
    /// segments stay empty, so one huge track cannot hold the server's memory.
    /// </summary>
    [Range(64L * 1024, long.MaxValue)]
    public long MaxSubtitleBytes { get; set; } = 8L * 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ReapInterval { get; set; } = TimeSpan.FromSeconds(10);
}
