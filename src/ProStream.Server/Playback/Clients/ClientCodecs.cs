namespace ProStream.Server.Playback.Clients;

/// <summary>The codec names a client may list (ffprobe's spelling), and what each covers.</summary>
public static class ClientCodecs
{
    public const string H264 = "h264";
    public const string Hevc = "hevc";
    public const string Av1 = "av1";
    public const string Aac = "aac";
    public const string Ac3 = "ac3";
    public const string Eac3 = "eac3";
    public const string Opus = "opus";
    public const string Flac = "flac";

    /// <summary>5.1: the most an AAC re-encode keeps (browsers decode 5.1 AAC; 7.1 AAC is rarely supported).</summary>
    public const int MaxTranscodedChannels = 6;

    public static readonly IReadOnlySet<string> Video = new HashSet<string>([H264, Hevc, Av1], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Audio = new HashSet<string>([Aac, Ac3, Eac3, Opus, Flac], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Known = new HashSet<string>([.. Video, .. Audio], StringComparer.Ordinal);

    /// <summary>What every client plays: the transcode output.</summary>
    public static readonly IReadOnlyList<string> Baseline = [H264, Aac];

    public static bool IsAudio(string codec) => Audio.Contains(codec);

    /// <summary>The deepest samples a client that names <paramref name="codec"/> decodes: browsers decode
    /// H.264 High (8-bit) but not High 10; an HEVC decoder does Main 10, an AV1 decoder 10-bit Main.</summary>
    public static int MaxBitDepth(string codec) => codec switch
    {
        Hevc or Av1 => 10,
        _ => 8,
    };
}
