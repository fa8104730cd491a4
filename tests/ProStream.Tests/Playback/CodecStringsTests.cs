using ProStream.Server.Playback.Planning;

namespace ProStream.Tests.Playback;

public sealed class CodecStringsTests
{
    [Theory]
    [InlineData("High", 31, "avc1.64001F")]
    [InlineData("High", 40, "avc1.640028")]
    [InlineData("Main", 30, "avc1.4D401E")]
    [InlineData("Constrained Baseline", 30, "avc1.42E01E")]
    [InlineData("Baseline", 21, "avc1.420015")]
    [InlineData("High 10", 51, "avc1.6E0033")]
    [InlineData(null, null, "avc1.640028")]
    public void Avc(string? profile, int? level, string expected) => Assert.Equal(expected, CodecStrings.Avc(profile, level));

    [Theory]
    [InlineData("Main", 93, "hvc1.1.6.L93.B0")]
    [InlineData("Main 10", 120, "hvc1.2.4.L120.B0")]
    [InlineData("Main 10", 153, "hvc1.2.4.L153.B0")]
    public void Hevc(string? profile, int? level, string expected) => Assert.Equal(expected, CodecStrings.Hevc(profile, level));

    [Theory]
    [InlineData("aac", "LC", "mp4a.40.2")]
    [InlineData("aac", "HE-AAC", "mp4a.40.5")]
    [InlineData("aac", "HE-AACv2", "mp4a.40.29")]
    [InlineData("ac3", null, "ac-3")]
    [InlineData("eac3", null, "ec-3")]
    [InlineData("opus", null, "opus")]
    [InlineData("flac", null, "fLaC")]
    [InlineData("dts", "DTS", null)]
    [InlineData("truehd", null, null)]
    public void Copied_audio(string codec, string? profile, string? expected) =>
        Assert.Equal(expected, CodecStrings.ForCopiedAudio(codec, profile));

    // ffprobe's profile, level (seq_level_idx), pixel format, height → RFC 6381 av01 string.
    [Theory]
    [InlineData("Main", 8, "yuv420p", 1080, "av01.0.08M.08")]
    [InlineData("Main", 12, "yuv420p10le", 2160, "av01.0.12M.10")]
    [InlineData("High", 9, "yuv444p", 1080, "av01.1.09M.08")]
    [InlineData(null, null, "yuv420p10le", 2160, "av01.0.12M.10")]
    [InlineData(null, null, null, 720, "av01.0.05M.08")]
    public void Av1(string? profile, int? level, string? pixelFormat, int height, string expected) =>
        Assert.Equal(expected, CodecStrings.ForCopiedVideo(new(0, "av1", profile, level, height * 16 / 9, height, null, pixelFormat, 24)));

    [Theory]
    [InlineData("hevc", "Main 10", 150, "hvc1.2.4.L150.B0")]
    [InlineData("h264", "High", 40, "avc1.640028")]
    public void Copied_video(string codec, string profile, int level, string expected) =>
        Assert.Equal(expected, CodecStrings.ForCopiedVideo(new(0, codec, profile, level, 1920, 1080, null, "yuv420p", 24)));

    [Theory]
    [InlineData(25.0, "avc1.640029")]
    [InlineData(59.94, "avc1.64002A")]
    [InlineData(null, "avc1.640029")]
    public void Transcoded_video_announces_the_level_we_ask_for(double? frameRate, string expected) =>
        Assert.Equal(expected, TranscodeProfile.VideoCodecString(frameRate));

    [Theory]
    [InlineData(1280, 720, 1280, 720)]
    [InlineData(3840, 2160, 1920, 1080)]
    [InlineData(1920, 800, 1920, 800)]
    [InlineData(1440, 1080, 1440, 1080)]
    [InlineData(2048, 1152, 1920, 1080)]
    [InlineData(721, 405, 720, 404)]
    public void Transcode_output_size_fits_1080p_and_is_even(int width, int height, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), TranscodeProfile.OutputSize(width, height));
}
