using ProStream.Server.Playback.Ffmpeg;
using ProStream.Server.Playback.Planning;

namespace ProStream.Tests.Playback;

public sealed class FfmpegArgumentBuilderTests
{
    private static readonly double[] Keyframes = [0.023, 1.423, 5.223, 7.023, 13.943, 14.043, 21.343, 26.023];

    private static readonly RenditionPlan Remux = new(
        PlaybackMode.Remux,
        new VideoRendition(0, true, "avc1.64001F", 1280, 720, 25, 3_000_000),
        [
            new AudioRendition(0, 1, true, "mp4a.40.2", 2, "en", "English", true, 128_000),
            new AudioRendition(1, 2, false, "mp4a.40.2", 2, "fr", "French", false, 160_000),
        ],
        [new SubtitleRendition(0, 4, "en", "English", false)]);

    private static readonly RenditionPlan Transcode = Remux with
    {
        Mode = PlaybackMode.Transcode,
        Video = new VideoRendition(0, false, "avc1.640029", 1280, 720, 25, 4_000_000),
    };

    private static FfmpegJob Job(RenditionPlan renditions, int start, string url = Relay) => new(
        new Uri(url),
        renditions,
        renditions.Video.Copy ? SegmentPlanner.FromKeyframes(Keyframes, 30.023) : SegmentPlanner.Uniform(0, 30.023),
        renditions.Video.Copy ? Keyframes : null,
        start,
        "/work/hls/abc",
        3,
        InputFormat: "matroska");

    private const string Relay = "http://127.0.0.1:40123/source/0a1b2c";

    [Fact]
    public void Remux_from_the_start_copies_video_and_cuts_on_planned_keyframes()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Remux, 0));

        Assert.Equal(
            [
                "-nostdin", "-hide_banner", "-loglevel", "error",
                "-protocol_whitelist", "http,tcp", "-max_redirects", "0", "-f", "matroska",
                "-reconnect", "1", "-reconnect_streamed", "1", "-reconnect_delay_max", "30",
                "-copyts", "-i", Relay,
                "-map", "0:0", "-c:v", "copy",
                "-max_muxing_queue_size", "4096", "-avoid_negative_ts", "disabled", "-f", "segment", "-segment_format", "mpegts",
                "-segment_times", "7.0225,13.9425,21.3425,26.0225", "-segment_start_number", "0", "/work/hls/abc/v/%d.ts",
                "-map", "0:1", "-c:a", "copy",
                "-max_muxing_queue_size", "4096", "-avoid_negative_ts", "disabled", "-f", "segment", "-segment_format", "mpegts",
                "-segment_times", "7.0225,13.9425,21.3425,26.0225", "-segment_start_number", "0", "/work/hls/abc/a0/%d.ts",
                "-map", "0:2", "-c:a", "aac", "-ac", "2", "-b:a", "160000",
                "-max_muxing_queue_size", "4096", "-avoid_negative_ts", "disabled", "-f", "segment", "-segment_format", "mpegts",
                "-segment_times", "7.0225,13.9425,21.3425,26.0225", "-segment_start_number", "0", "/work/hls/abc/a1/%d.ts",
                "-map", "0:4", "-c:s", "webvtt", "-flush_packets", "1", "-f", "webvtt", "/work/hls/abc/s0/run3.vtt",
            ],
            args);
    }

    [Fact]
    public void Remux_restart_seeks_between_the_planned_keyframe_and_the_next_one()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Remux, 2));

        // Segment 2 starts on the keyframe at 13.943; the next keyframe is 0.1 s later, so the seek lands halfway.
        Assert.Equal(["-ss", "13.993", "-noaccurate_seek", "-copyts", "-i"], args.SkipWhile(a => a != "-ss").Take(5));
        Assert.Contains("21.3425,26.0225", args);
        Assert.Equal(3, args.Count(a => a == "-segment_start_number") - 0);
        Assert.All(Indexes(args, "-segment_start_number"), i => Assert.Equal("2", args[i + 1]));
    }

    [Fact]
    public void Restart_at_the_last_segment_never_cuts()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Remux, 4));

        // After the last keyframe there is no next one: the nudge is bounded by the segment's end, not by a keyframe at 0.
        Assert.Equal(["-ss", "26.223", "-noaccurate_seek"], args.SkipWhile(a => a != "-ss").Take(3));
        Assert.DoesNotContain("-segment_times", args);
        Assert.All(Indexes(args, "-segment_time"), i => Assert.Equal("86400", args[i + 1]));
    }

    [Fact]
    public void Transcode_forces_keyframes_on_the_uniform_plan_and_seeks_accurately()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Transcode, 3));

        Assert.Equal(["-ss", "18", "-copyts", "-i"], args.SkipWhile(a => a != "-ss").Take(4));
        Assert.Contains("libx264", args);
        Assert.Equal("expr:gte(t,18+n_forced*6)", args[args.ToList().IndexOf("-force_key_frames") + 1]);
        Assert.Equal("0", args[args.ToList().IndexOf("-sc_threshold") + 1]);
        Assert.Equal("scale=1280:720,format=yuv420p", args[args.ToList().IndexOf("-vf") + 1]);
        Assert.Contains("23.9995", args);
    }

    [Fact]
    public void Local_files_are_only_allowed_the_file_protocol()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Remux, 0, "file:///tmp/film.mkv"));

        Assert.Equal(["-protocol_whitelist", "file", "-copyts", "-i", "/tmp/film.mkv"], args.Skip(4).Take(5));
    }

    [Theory]
    [InlineData("ftp://example.com/film.mkv")]
    [InlineData("https://cdn.example.com/film.mkv")]
    [InlineData("http://cdn.example.com/film.mkv")]
    [InlineData("http://10.0.0.1/film.mkv")]
    [InlineData("data:video/mp4;base64,AAAA")]
    public void Only_the_loopback_relay_or_a_file_reaches_ffmpeg(string url) =>
        Assert.Throws<ArgumentException>(() => FfmpegArgumentBuilder.Build(Job(Remux, 0, url)));

    [Fact]
    public void Every_argument_is_a_separate_list_item()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Transcode, 0, "http://127.0.0.1:40123/source/a film;with spaces"));

        Assert.Contains("http://127.0.0.1:40123/source/a%20film;with%20spaces", args);
        Assert.DoesNotContain(args, a => a.Length == 0);
    }

    private static IEnumerable<int> Indexes(IReadOnlyList<string> args, string name) =>
        Enumerable.Range(0, args.Count).Where(i => args[i] == name);
}
