using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;

namespace ProStream.Tests.Playback;

public sealed class RenditionPlannerTests
{
    private static readonly VideoStreamInfo H264 = new(0, "h264", "High", 31, 1280, 720, 2_000_000, "yuv420p", 25);

    private static MediaProbe Probe(VideoStreamInfo video, params AudioStreamInfo[] audio) => new(
        "matroska,webm", 0, 30, 3_000_000, null, video, audio,
        [new SubtitleStreamInfo(5, "subrip", "eng", null, false, true), new SubtitleStreamInfo(6, "hdmv_pgs_subtitle", "fre", null, false, false)]);

    [Fact]
    public void Copies_what_the_client_plays_and_transcodes_the_rest()
    {
        var probe = Probe(
            H264,
            new AudioStreamInfo(1, "aac", "LC", 2, "eng", "Commentary", false, 128_000),
            new AudioStreamInfo(2, "ac3", null, 6, "fre", null, true, null),
            new AudioStreamInfo(3, "dts", "DTS", 6, null, null, false, null));

        var plan = RenditionPlanner.Plan(probe, RenditionPlanner.DefaultClientCodecs, remux: true);

        Assert.Equal(PlaybackMode.Remux, plan.Mode);
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

    [Fact]
    public void Copies_ac3_when_the_client_says_it_plays_it()
    {
        var probe = Probe(H264, new AudioStreamInfo(1, "ac3", null, 6, "eng", null, false, 384_000));
        var codecs = new HashSet<string>(["h264", "aac", "ac3"]);

        var audio = Assert.Single(RenditionPlanner.Plan(probe, codecs, remux: true).Audio);

        Assert.True(audio.Copy);
        Assert.Equal("ac-3", audio.CodecString);
        Assert.Equal(6, audio.Channels);
        Assert.True(audio.IsDefault);
    }

    [Fact]
    public void Transcoded_video_announces_the_output()
    {
        var probe = Probe(new VideoStreamInfo(0, "hevc", "Main 10", 153, 3840, 2160, null, "yuv420p10le", 23.976));

        var plan = RenditionPlanner.Plan(probe, RenditionPlanner.DefaultClientCodecs, remux: false);

        Assert.Equal(PlaybackMode.Transcode, plan.Mode);
        Assert.Equal(new VideoRendition(0, false, "avc1.640029", 1920, 1080, 23.976, 8_000_000), plan.Video);
    }

    [Theory]
    [InlineData("h264", "yuv420p", "h264,aac", true)]
    [InlineData("h264", null, "h264", true)]
    [InlineData("h264", "yuv420p10le", "h264,aac", false)]
    [InlineData("hevc", "yuv420p", "h264,hevc,aac", false)]
    [InlineData("h264", "yuv420p", "hevc,aac", false)]
    [InlineData("vp9", "yuv420p", "vp9", false)]
    public void Video_is_copied_only_when_playable_in_hls_ts(string codec, string? pixelFormat, string clientCodecs, bool expected)
    {
        var video = H264 with { Codec = codec, PixelFormat = pixelFormat };

        Assert.Equal(expected, RenditionPlanner.CanCopyVideo(video, new HashSet<string>(clientCodecs.Split(','))));
    }

    [Fact]
    public void Refuses_a_source_without_video() =>
        Assert.Throws<MediaProbeException>(() =>
            RenditionPlanner.Plan(Probe(H264) with { Video = null }, RenditionPlanner.DefaultClientCodecs, remux: false));
}
