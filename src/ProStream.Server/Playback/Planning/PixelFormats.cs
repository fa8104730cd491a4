namespace ProStream.Server.Playback.Planning;

/// <summary>Reads what playback needs from ffprobe's <c>pix_fmt</c> (e.g. "yuv420p10le").</summary>
public static class PixelFormats
{
    /// <summary>Bits per sample: 10 for "yuv420p10le" or "p010le", 8 for "yuv420p"; null when unknown.</summary>
    public static int? BitDepth(string? pixelFormat) => pixelFormat switch
    {
        null => null,
        _ when pixelFormat.StartsWith("p010", StringComparison.Ordinal) => 10,
        _ when pixelFormat.Contains("p10", StringComparison.Ordinal) => 10,
        _ when pixelFormat.Contains("p12", StringComparison.Ordinal) => 12,
        _ when pixelFormat.Contains("p16", StringComparison.Ordinal) => 16,
        _ => 8,
    };

    /// <summary>Whether chroma is subsampled 4:2:0, the only layout browsers decode; unknown is taken as 4:2:0.</summary>
    public static bool IsChroma420(string? pixelFormat) =>
        pixelFormat is null
        || pixelFormat.StartsWith("yuv420", StringComparison.Ordinal)
        || pixelFormat.StartsWith("yuvj420", StringComparison.Ordinal)
        || pixelFormat.StartsWith("nv12", StringComparison.Ordinal)
        || pixelFormat.StartsWith("p010", StringComparison.Ordinal);
}
