namespace ProStream.Server.Playback.Ffmpeg;

/// <summary>How long one coded audio frame lasts: audio can only be cut between frames.</summary>
public static class AudioFrames
{
    // AAC at 48 kHz: what an unknown stream is assumed to be.
    public const double DefaultDuration = 1024 / 48_000.0;

    /// <param name="codec">ffprobe's codec name of what is written (aac when re-encoded).</param>
    /// <param name="sampleRate">Samples per second, when known.</param>
    public static double Duration(string codec, int? sampleRate)
    {
        if (sampleRate is not > 0)
        {
            return DefaultDuration;
        }

        var samples = codec switch
        {
            "ac3" or "eac3" => 1536,
            "opus" => 960,
            "mp3" or "mp2" => 1152,
            "dts" => 512,
            "flac" => 4096,
            _ => 1024,
        };
        return samples / (double)sampleRate.Value;
    }
}
