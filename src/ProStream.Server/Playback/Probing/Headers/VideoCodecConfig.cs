namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>What ffprobe reports of a video stream's codec configuration: profile name, level, pixel format.</summary>
internal sealed record VideoCodecConfig(string Profile, int Level, string PixelFormat)
{
    /// <summary>The pixel format ffmpeg's decoders name for a chroma layout and bit depth; null when ffmpeg would name it otherwise.</summary>
    public static string? PixelFormatOf(uint chromaFormat, uint bitDepth, bool fullRange)
    {
        var layout = chromaFormat switch
        {
            1 => "420",
            2 => "422",
            3 => "444",
            _ => null,
        };
        if (layout is null || bitDepth is not (8 or 10 or 12))
        {
            return null;
        }

        if (bitDepth == 8)
        {
            return fullRange ? $"yuvj{layout}p" : $"yuv{layout}p";
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"yuv{layout}p{bitDepth}le");
    }
}
