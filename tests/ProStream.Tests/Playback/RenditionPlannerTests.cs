using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Tests.Playback;

public sealed class RenditionPlannerTests
{
    private static readonly VideoStreamInfo H264 = new(0, "h264", "High", 31, 1280, 720, 2_000_000, "yuv420p", 25);
    private static readonly VideoStreamInfo Hevc10 = new(0, "hevc", "Main 10", 153, 3840, 2160, null, "yuv420p10le", 23.976);

    private static MediaProbe Probe(VideoStreamInfo video, params AudioStreamInfo[] audio) => new(
        "matroska,webm", 0, 30, 3_000_000, null, video, audio,
        [new SubtitleStreamInfo(5, "subrip", "eng", null, false, true), new SubtitleStreamInfo(6, "hdmv_pgs_subtitle", "fre", null, false, false)]);

    private static ClientProfile Client(string codecs, bool multichannel = false) => ClientProfileRequest.Parse([codecs], multichannel);

    private static AudioStreamInfo Audio(string codec, int channels, string? profile = null) => new(1, codec, profile, channels, "eng", null, true, null);

    [Fact]
    public void Copies_what_the_client_plays_and_transcodes_the_rest()
    {
        var probe = Probe(
            H264,
            new AudioStreamInfo(1, "aac", "LC", 2, "eng", "Commentary", false, 128_000),
            new AudioStreamInfo(2, "ac3", null, 6, "fre", null, true, null),
            new AudioStreamInfo(3, "dts", "DTS", 6, null, null, false, null));

        var plan = RenditionPlanner.Plan(probe, ClientProfile.Default, remux: true);

        Assert.Equal(PlaybackMode.Remux, plan.Mode);
        Assert.Equal(PlaybackPath.Remux, plan.Path);
        Assert.True(plan.Video.Copy);
        Assert.Equal("avc1.64001F", plan.Video.CodecString);
        Assert.Equal(
            [
                new AudioRendition(0, 1, true, "mp4a.40.2", 2, "en", "Commentary", false, 128_000),
                new AudioRendition(1, 2, false, "mp4a.40.2", 2, "fr", "French", true, 160_000),
                new AudioRendition(2, 3, false, "mp4a.40.2", 2, null, "Audio 3", false, 160_000),
            ],
            plan.Audio);
        Assert.Equal([new SubtitleRendition(0, 5, "en", "English", false)], plan.Subtitles);
    }

    // What the source carries, what the client plays → whether it is copied, the codec announced, the channels.
    [Theory]
    [InlineData("ac3", 6, "h264,aac,ac3", false, true, "ac-3", 6)]
    [InlineData("ac3", 6, "h264,aac", false, false, "mp4a.40.2", 2)]
    [InlineData("ac3", 6, "h264,aac", true, false, "mp4a.40.2", 6)]
    [InlineData("dts", 8, "h264,aac", true, false, "mp4a.40.2", 6)]
    [InlineData("truehd", 8, "h264,aac,ac3,eac3", false, false, "mp4a.40.2", 2)]
    [InlineData("eac3", 6, "h264,eac3", false, true, "ec-3", 6)]
    [InlineData("opus", 2, "h264,opus", false, true, "opus", 2)]
    [InlineData("opus", 6, "h264", true, false, "mp4a.40.2", 6)]
    [InlineData("flac", 2, "h264,flac", false, true, "fLaC", 2)]
    [InlineData("mp3", 2, "h264,aac,ac3,eac3,opus,flac", false, false, "mp4a.40.2", 2)]
    [InlineData("aac", 1, "h264", false, true, "mp4a.40.2", 1)]
    public void Audio_is_copied_when_playable_else_aac_keeping_5_1_for_multichannel_clients(
        string codec, int channels, string codecs, bool multichannel, bool copied, string codecString, int outputChannels)
    {
        var audio = Assert.Single(RenditionPlanner.Plan(Probe(H264, Audio(codec, channels)), Client(codecs, multichannel), remux: true).Audio);

        Assert.Equal((copied, codecString, outputChannels), (audio.Copy, audio.CodecString, audio.Channels));
        Assert.True(audio.IsDefault);
        if (!copied)
        {
            Assert.Equal(TranscodeProfile.AudioBitRate(outputChannels), audio.Bandwidth);
        }
    }

    [Theory]
    [InlineData("h264", "yuv420p", "h264,aac", true)]
    [InlineData("h264", null, "h264", true)]
    [InlineData("h264", "yuv420p10le", "h264,aac", false)]
    [InlineData("h264", "yuv422p", "h264,aac", false)]
    [InlineData("hevc", "yuv420p", "h264,aac", false)]
    [InlineData("hevc", "yuv420p", "hevc", true)]
    [InlineData("hevc", "yuv420p10le", "hevc", true)]
    [InlineData("hevc", "yuv420p12le", "hevc", false)]
    [InlineData("av1", "yuv420p10le", "av1", true)]
    [InlineData("av1", "yuv420p", "hevc", false)]
    [InlineData("vp9", "yuv420p", "vp9", false)]
    [InlineData("mpeg4", "yuv420p", "h264,hevc,av1", false)]
    public void Video_is_copied_when_the_client_plays_its_codec_and_depth(string codec, string? pixelFormat, string clientCodecs, bool expected)
    {
        var video = H264 with { Codec = codec, PixelFormat = pixelFormat };

        Assert.Equal(expected, RenditionPlanner.CanCopyVideo(video, Client(clientCodecs)));
    }

    [Fact]
    public void Copied_hevc_10_bit_announces_hvc1_main_10()
    {
        var plan = RenditionPlanner.Plan(Probe(Hevc10, Audio("eac3", 6)), Client("hevc,eac3"), remux: true);

        Assert.Equal(("hvc1.2.4.L153.B0", true), (plan.Video.CodecString, plan.Video.Copy));
        Assert.Equal(PlaybackPath.Direct, plan.Path);
    }

    [Fact]
    public void Transcoded_video_announces_the_output()
    {
        var plan = RenditionPlanner.Plan(Probe(Hevc10), ClientProfile.Default, remux: false);

        Assert.Equal(PlaybackMode.Transcode, plan.Mode);
        Assert.Equal(PlaybackPath.Transcode, plan.Path);
        Assert.Equal(new VideoRendition(0, false, "avc1.640029", 1920, 1080, 23.976, 8_000_000), plan.Video);
    }

    // One rule: the path a release's name promises is the path its file takes, for the same client.
    [Theory]
    [InlineData("Movie.2020.2160p.WEB-DL.DDP5.1.HDR.10bit.x265-GRP", "hevc", "yuv420p10le", "eac3", "hevc,eac3")]
    [InlineData("Movie.2020.2160p.WEB-DL.DDP5.1.HDR.10bit.x265-GRP", "hevc", "yuv420p10le", "eac3", "h264,aac")]
    [InlineData("Movie.2020.2160p.WEB-DL.DDP5.1.HDR.10bit.x265-GRP", "hevc", "yuv420p10le", "eac3", "hevc")]
    [InlineData("Movie.2020.1080p.BluRay.AC3.x264-GRP", "h264", "yuv420p", "ac3", "h264,ac3")]
    [InlineData("Movie.2020.1080p.BluRay.DTS.x264-GRP", "h264", "yuv420p", "dts", "h264,ac3,eac3")]
    [InlineData("Movie.2020.1080p.WEB-DL.Opus.AV1-GRP", "av1", "yuv420p10le", "opus", "av1,opus")]
    [InlineData("Anime.S01E01.1080p.BluRay.Hi10P.10bit.x264.FLAC-GRP", "h264", "yuv420p10le", "flac", "h264,flac")]
    public void The_ranking_and_the_plan_agree(string name, string videoCodec, string pixelFormat, string audioCodec, string codecs)
    {
        var client = Client(codecs);
        var probe = Probe(H264 with { Codec = videoCodec, PixelFormat = pixelFormat }, Audio(audioCodec, 6));

        var promised = ReleasePlayback.For(ReleaseNameParser.Parse(name), client).Path;
        var planned = RenditionPlanner.Plan(probe, client, remux: RenditionPlanner.CanCopyVideo(probe.Video!, client)).Path;

        Assert.Equal(promised, planned);
    }

    [Fact]
    public void Refuses_a_source_without_video() =>
        Assert.Throws<MediaProbeException>(() =>
            RenditionPlanner.Plan(Probe(H264) with { Video = null }, ClientProfile.Default, remux: false));
}
