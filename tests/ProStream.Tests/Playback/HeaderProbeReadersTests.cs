using System.Buffers.Binary;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Probing.Headers;
using static ProStream.Tests.Playback.EbmlWriter;

namespace ProStream.Tests.Playback;

/// <summary>
/// The in-process probe's readers, from bytes. Codec records and frame headers were written by this machine's
/// ffmpeg 5.1 (libx264, libx265, ac3, eac3); the expected values are what its ffprobe printed for them.
/// </summary>
public sealed class HeaderProbeReadersTests
{
    private const string BaselineAvcC = "0142c00bffe100186742c00bda0a11f97011000003000100000300320f142aa001000468ce0fc8";

    [Theory]
    [InlineData(BaselineAvcC, "Constrained Baseline", 11, "yuv420p")]
    [InlineData("0142c00bffe100186742c00bda0a11f97016c80000030008000003019078a15501000468ce0fc8", "Constrained Baseline", 11, "yuvj420p")]
    [InlineData("0164001effe1001a6764001eacd940a02ff97011000003000100000300320f162d96010004 68ef8fcbfdf8f800", "High", 30, "yuv420p")]
    [InlineData("016e000bffe10018676e000ba6cb41423f2e0220000003002000000641e2855401000468ce0fc8fdfafa00", "High 10", 11, "yuv420p10le")]
    [InlineData("017a000bffe10018677a000bbcb41423f13808800000030080000019078a155001000468ce0fc8fef8f800", "High 4:2:2", 11, "yuv422p")]
    [InlineData("01f4000bffe1001967f4000b919682847e27011000000300100000030320f142aa01000568ce0f1920fff8f800", "High 4:4:4 Predictive", 11, "yuv444p")]
    public void Avc_records_give_ffprobes_profile_level_and_pixel_format(string hex, string profile, int level, string pixelFormat)
    {
        Assert.Equal(new VideoCodecConfig(profile, level, pixelFormat), AvcConfig.Parse(Bytes(hex)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0142c00bffe1")]
    [InlineData("0142c00bffe000")] // no SPS
    [InlineData("0142c00bffe100186742c00b")] // SPS shorter than declared
    public void Malformed_avc_records_are_left_to_ffprobe(string hex) => Assert.Null(AvcConfig.Parse(Bytes(hex)));

    [Theory]
    [InlineData("0102200000009000000000003ff000fcfdfafa00000f04", false, "Main 10", 63, "yuv420p10le")]
    [InlineData("0101200000009000000000003ff000fcfdf8fa00000f04", false, "Main", 63, "yuv420p")]
    [InlineData("0101200000009000000000003ff000fcfdf8fa00000f04", true, "Main", 63, "yuvj420p")]
    [InlineData("0104200000009000000000003ff000fcfef8fa00000f04", false, "Rext", 63, "yuv422p")]
    public void Hevc_records_give_ffprobes_profile_level_and_pixel_format(string hex, bool fullRange, string profile, int level, string pixelFormat)
    {
        Assert.Equal(new VideoCodecConfig(profile, level, pixelFormat), HevcConfig.Parse(Bytes(hex), fullRange));
    }

    [Fact]
    public void Hevc_profiles_ffprobe_names_otherwise_are_left_to_it() =>
        Assert.Null(HevcConfig.Parse(Bytes("0109200000009000000000003ff000fcfdf8fa00000f04"), fullRange: false));

    [Theory]
    [InlineData("0b77d0f81e40ebf8", 448_000L)] // AC-3 5.1 48 kHz
    [InlineData("0b77c2ea544043e1", 192_000L)] // AC-3 stereo 44.1 kHz
    [InlineData("0b77037f3f87c000", 448_000L)] // E-AC-3 5.1 48 kHz
    [InlineData("0b77011fb487c000", 96_000L)] // E-AC-3 stereo 32 kHz
    [InlineData("0b78d0f81e40ebf8", null)] // no sync word
    [InlineData("0b77d0f8", null)] // too short
    public void Dolby_frame_headers_give_ffprobes_bit_rate(string hex, long? bitRate) =>
        Assert.Equal(bitRate, AudioCodecConfig.DolbyBitRate(Bytes(hex)));

    [Theory]
    [InlineData("1210", "LC")]
    [InlineData("0a10", "Main")]
    [InlineData("2b92", null)] // HE-AAC (5): ffprobe reports the SBR rate and channels
    [InlineData("eb92", null)] // HE-AACv2 (29)
    [InlineData("12", null)]
    public void Aac_configs_give_the_profile_only_where_nothing_else_changes(string hex, string? profile) =>
        Assert.Equal(profile, AudioCodecConfig.AacProfile(Bytes(hex)));

    [Theory]
    [InlineData(40_000_000UL, "25/1")]
    [InlineData(41_708_333UL, "24000/1001")]
    [InlineData(33_366_666UL, "30000/1001")]
    [InlineData(33_333_333UL, "30/1")]
    [InlineData(16_683_333UL, "19001/317")] // 59.94 fps: 60000/1001 does not fit in 30000, ffprobe prints this too
    [InlineData(41_666_666UL, "24/1")]
    [InlineData(20_000_000UL, "50/1")]
    public void Frame_durations_reduce_to_ffprobes_rates(ulong nanoseconds, string rate) =>
        Assert.Equal(rate, FrameRates.FromFrameDuration(nanoseconds));

    [Fact]
    public void A_matroska_file_is_described_with_the_specifications_defaults()
    {
        var probe = Describe(
            Track(1, 1, "V_MPEG4/ISO/AVC", Element(0x63A2, Bytes(BaselineAvcC)), Unsigned(0x23E383, 40_000_000), Picture(320, 240)),
            Track(2, 2, "A_OPUS", Element(0xE1, Float(0xB5, 48000), Unsigned(0x9F, 2)), Element(0x22B59C, "jpn"u8.ToArray()), Unsigned(0x88, 0)),
            Track(3, 0x11, "S_HDMV/PGS"),
            Track(4, 0x11, "S_TEXT/UTF8", Element(0x22B59C, "und"u8.ToArray()), Unsigned(0x55AA, 1), Element(0x536E, "Signs"u8.ToArray())));

        Assert.NotNull(probe);
        Assert.Equal(("h264", "Constrained Baseline", 11, 320, 240, 25.0, "yuv420p"), (probe.Video!.Codec, probe.Video.Profile, probe.Video.Level, probe.Video.Width, probe.Video.Height, probe.Video.FrameRate, probe.Video.PixelFormat));
        Assert.Equal(10.04, probe.Video.StartTime);
        Assert.Equal(new AudioStreamInfo(1, "opus", null, 2, "jpn", null, false, null, 48000), probe.Audio.Single());
        Assert.Equal(
            [new SubtitleStreamInfo(2, "hdmv_pgs_subtitle", "eng", null, true, IsText: false), new SubtitleStreamInfo(3, "subrip", null, "Signs", true, IsText: true, IsForced: true)],
            probe.Subtitles);
        Assert.Equal((10.0, 120.5), (probe.StartTime, probe.Duration));
    }

    [Fact]
    public void Tracks_the_reader_does_not_know_leave_the_file_to_ffprobe()
    {
        var avc = Track(1, 1, "V_MPEG4/ISO/AVC", Element(0x63A2, Bytes(BaselineAvcC)), Unsigned(0x23E383, 40_000_000), Picture(320, 240));

        Assert.NotNull(Describe(avc));
        Assert.Null(Describe(Track(1, 1, "V_VP9", Unsigned(0x23E383, 40_000_000), Picture(320, 240))));
        Assert.Null(Describe(avc, Track(2, 2, "A_DTS")));
        Assert.Null(Describe(avc, Track(2, 0x11, "S_TEXT/USF")));
        Assert.Null(Describe(avc, Track(2, 0x12, "B_VOBBTN")));
        Assert.Null(Describe(Track(1, 1, "V_MPEG4/ISO/AVC", Element(0x63A2, Bytes(BaselineAvcC)), Picture(320, 240)))); // no DefaultDuration
        Assert.Null(Describe(avc, Track(2, 2, "A_AC3"))); // its bit rate is in a frame the cluster does not hold
    }

    private static MediaProbe? Describe(params byte[][] tracks)
    {
        var info = Element(0x1549A966, Unsigned(0x2AD7B1, 1_000_000), Float(0x4489, 120_500));
        // Cluster at 10 s: the video's first block 40 ms in, the audio's at 0 ms.
        var cluster = Element(0x1F43B675, Unsigned(0xE7, 10_000), Element(0xA3, [0x81, 0x00, 0x28, 0x80, 0, 0]), Element(0xA3, [0x82, 0x00, 0x00, 0x80, 0, 0]));
        var output = MatroskaHeaders.Describe(Data(info), Data(Element(0x1654AE6B, tracks)), [], cluster, 1_000_000);
        return output is null ? null : FfprobeOutputParser.FromOutput(output);
    }

    private static byte[] Track(ulong number, ulong type, string codec, params byte[][] fields) =>
        Element(0xAE, [Unsigned(0xD7, number), Unsigned(0x73C5, number * 100), Unsigned(0x83, type), Element(0x86, System.Text.Encoding.ASCII.GetBytes(codec)), .. fields]);

    private static byte[] Picture(ulong width, ulong height) => Element(0xE0, Unsigned(0xB0, width), Unsigned(0xBA, height));

    private static byte[] Float(uint id, double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        return Element(id, bytes);
    }

    // An element's data: what the probe is handed for Info and Tracks.
    private static byte[] Data(byte[] element) => element[(Id(BinaryPrimitives.ReadUInt32BigEndian(element.AsSpan(0, 4))).Length + 8)..];

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
