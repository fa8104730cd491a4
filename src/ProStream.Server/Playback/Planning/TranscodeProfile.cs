namespace ProStream.Server.Playback.Planning;

/// <summary>The fixed H.264/AAC output used when transcoding, so the playlist can announce it before ffmpeg runs.</summary>
public static class TranscodeProfile
{
    public const int MaxWidth = 1920;
    public const int MaxHeight = 1080;

    public static (int Width, int Height) OutputSize(int width, int height)
    {
        var scale = Math.Min(1.0, Math.Min((double)MaxWidth / width, (double)MaxHeight / height));
        return (Even(width * scale), Even(height * scale));
    }

    /// <summary>H.264 level_idc we ask libx264 for: 4.1 covers 1080p30, 4.2 covers 1080p60.</summary>
    public static int Level(double? frameRate) => frameRate > 30.5 ? 42 : 41;

    public static long MaxVideoBitRate(int outputHeight) => outputHeight switch
    {
        <= 480 => 2_000_000,
        <= 720 => 4_000_000,
        _ => 8_000_000,
    };

    /// <summary>AAC bit rate: 160 kb/s for stereo, 56 kb/s more per further channel (384 kb/s for 5.1).</summary>
    public static int AudioBitRate(int channels) => channels <= 2 ? 160_000 : 160_000 + ((channels - 2) * 56_000);

    public static string VideoCodecString(double? frameRate) => CodecStrings.Avc("High", Level(frameRate));

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
}
