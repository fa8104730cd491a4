namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>What the in-process probe reads of audio codec configurations and first frames.</summary>
internal static class AudioCodecConfig
{
    private static readonly int[] Ac3BitRates = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 576, 640];
    private static readonly int[] Ac3SampleRates = [48000, 44100, 32000];
    private static readonly int[] Eac3Blocks = [1, 2, 3, 6];

    /// <summary>
    /// The AAC profile name from an AudioSpecificConfig; null for anything but LC and Main, whose SBR/PS extensions
    /// change the channel count and rate ffprobe reports (left to ffprobe).
    /// </summary>
    public static string? AacProfile(ReadOnlySpan<byte> audioSpecificConfig)
    {
        if (audioSpecificConfig.Length < 2)
        {
            return null;
        }

        var objectType = audioSpecificConfig[0] >> 3;
        return objectType switch
        {
            1 => "Main",
            2 => "LC",
            _ => null,
        };
    }

    /// <summary>The bit rate ffmpeg's AC-3/E-AC-3 parser reports from a frame header; null when the bytes are not one.</summary>
    public static long? DolbyBitRate(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6 || frame[0] != 0x0B || frame[1] != 0x77)
        {
            return null;
        }

        var bsid = frame[5] >> 3;
        if (bsid <= 10)
        {
            var code = frame[4] & 0x3F;
            return code >> 1 < Ac3BitRates.Length && (frame[4] >> 6) < 3 ? Ac3BitRates[code >> 1] * 1000L >> Math.Max(0, bsid - 8) : null;
        }

        if (bsid is < 11 or > 16)
        {
            return null;
        }

        // E-AC-3: strmtyp(2) substreamid(3) frmsiz(11) | fscod(2) fscod2/numblkscod(2) …
        var frameSize = ((((frame[2] & 0x07) << 8) | frame[3]) + 1) * 2;
        var fscod = frame[4] >> 6;
        var code2 = (frame[4] >> 4) & 0x03;
        int sampleRate, blocks;
        if (fscod == 3)
        {
            if (code2 == 3)
            {
                return null;
            }

            sampleRate = Ac3SampleRates[code2] / 2;
            blocks = 6;
        }
        else
        {
            sampleRate = Ac3SampleRates[fscod];
            blocks = Eac3Blocks[code2];
        }

        return 8L * frameSize * sampleRate / (blocks * 256);
    }
}
