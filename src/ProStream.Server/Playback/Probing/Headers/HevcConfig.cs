namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>Reads an <c>hvcC</c> record's general profile, level, chroma format and bit depth.</summary>
internal static class HevcConfig
{
    /// <summary>Null when the record is malformed or its profile is not one of the four ffprobe names from it.</summary>
    public static VideoCodecConfig? Parse(ReadOnlySpan<byte> hvcC, bool fullRange)
    {
        if (hvcC.Length < 23 || hvcC[0] != 1)
        {
            return null;
        }

        var profile = (hvcC[1] & 0x1F) switch
        {
            1 => "Main",
            2 => "Main 10",
            3 => "Main Still Picture",
            4 => "Rext",
            _ => null,
        };
        var chroma = (uint)(hvcC[16] & 0x03);
        var bitDepth = (uint)(hvcC[17] & 0x07) + 8;
        var pixelFormat = VideoCodecConfig.PixelFormatOf(chroma, bitDepth, fullRange && bitDepth == 8 && chroma == 1);
        return profile is null || pixelFormat is null ? null : new VideoCodecConfig(profile, hvcC[12], pixelFormat);
    }
}
