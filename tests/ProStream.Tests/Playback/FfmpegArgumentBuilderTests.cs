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

        const string Mp4 = "movflags=+frag_custom+empty_moov+default_base_moof+frag_discont:use_editlist=0:avoid_negative_ts=disabled";
        Assert.Equal(
            [
                "-nostdin", "-hide_banner", "-loglevel", "error",
                "-protocol_whitelist", "http,tcp", "-max_redirects", "0", "-f", "matroska",
                "-reconnect", "1", "-reconnect_streamed", "1", "-reconnect_delay_max", "30",
                "-copyts", "-i", Relay,
                "-map", "0:0", "-c:v", "copy",
                "-max_muxing_queue_size", "4096", "-output_ts_offset", "1.4", "-avoid_negative_ts", "disabled",
                "-f", "segment", "-segment_format", "mp4", "-segment_format_options", Mp4,
                "-segment_header_filename", "/work/hls/abc/v/init.mp4", "-individual_header_trailer", "0",
                "-segment_times", "8.4225,15.3425,22.7425,27.4225", "-segment_start_number", "0", "/work/hls/abc/v/%d.m4s",
                "-map", "0:1", "-c:a", "copy", "-ss", "0.012333", "-to", "30.023",
                "-max_muxing_queue_size", "4096", "-output_ts_offset", "1.412333", "-avoid_negative_ts", "disabled",
                "-f", "segment", "-segment_format", "mp4", "-segment_format_options", Mp4,
                "-segment_header_filename", "/work/hls/abc/a0/init.mp4", "-individual_header_trailer", "0",
                "-segment_times", "8.412333,15.332333,22.732333,27.412333", "-segment_start_number", "0", "/work/hls/abc/a0/%d.m4s",
                "-map", "0:2", "-c:a", "aac", "-ac", "2", "-b:a", "160000", "-ss", "0.012333", "-to", "30.023",
                "-max_muxing_queue_size", "4096", "-output_ts_offset", "1.412333", "-avoid_negative_ts", "disabled",
                "-f", "segment", "-segment_format", "mp4", "-segment_format_options", Mp4,
                "-segment_header_filename", "/work/hls/abc/a1/init.mp4", "-individual_header_trailer", "0",
                "-segment_times", "8.412333,15.332333,22.732333,27.412333", "-segment_start_number", "0", "/work/hls/abc/a1/%d.m4s",
                "-map", "0:4", "-c:s", "webvtt", "-to", "30.023", "-flush_packets", "1", "-f", "webvtt", "/work/hls/abc/s0/run3.vtt",
            ],
            args);
    }

    [Fact]
    public void Audio_of_a_restarted_run_starts_half_a_frame_before_its_first_segment_with_timestamps_unchanged()
    {
        // AC-3 at 48 kHz: 32 ms frames, so the audio is cut 16 ms before each planned start.
        var job = Job(Remux, 2) with { AudioFrameDurations = [1536 / 48_000.0, AudioFrames.Duration("aac", 44_100)] };
        var args = FfmpegArgumentBuilder.Build(job);

        var first = args.ToList().IndexOf("-c:a");
        Assert.Equal(["-c:a", "copy", "-ss", "13.927", "-to", "30.023"], args.Skip(first).Take(6));
        // Output -ss moves timestamps back by 13.927 s; the offset puts them back, plus the 1.4 s every run adds.
        Assert.Equal("15.327", args[args.ToList().IndexOf("-output_ts_offset", first) + 1]);
        Assert.Equal("22.727,27.407", args[args.ToList().IndexOf("-segment_times", first) + 1]);
    }

    [Theory]
    [InlineData("ac-3", true, true)]
    [InlineData("ec-3", true, true)]
    [InlineData("opus", true, false)]
    [InlineData("fLaC", true, false)]
    [InlineData("mp4a.40.2", true, false)]
    [InlineData("mp4a.40.2", false, false)]
    public void Only_copied_dolby_audio_writes_a_header_in_every_segment(string codec, bool copy, bool headerPerSegment)
    {
        var audio = new AudioRendition(0, 1, copy, codec, 6, "fr", "French", true, 448_000);
        var args = FfmpegArgumentBuilder.Build(Job(Remux with { Audio = [audio] }, 0)).ToList();

        var output = args.IndexOf("-segment_format_options", args.IndexOf("-map", args.IndexOf("-map") + 1));
        var options = args[output + 1];
        Assert.Equal(headerPerSegment, FfmpegArgumentBuilder.WritesHeaderInEverySegment(audio));
        Assert.Equal(headerPerSegment, options.Contains("+delay_moov", StringComparison.Ordinal));
        Assert.Equal(headerPerSegment ? ["-individual_header_trailer", "1"] : ["-segment_header_filename", "/work/hls/abc/a0/init.mp4"], args.Skip(output + 2).Take(2));
    }

    [Fact]
    public void Copied_hevc_is_tagged_hvc1()
    {
        var hevc = Remux with { Video = Remux.Video with { CodecString = "hvc1.2.4.L120.B0" } };

        var args = FfmpegArgumentBuilder.Build(Job(hevc, 0));

        Assert.Equal(["-c:v", "copy", "-tag:v", "hvc1"], args.SkipWhile(a => a != "-c:v").Take(4));
    }

    [Fact]
    public void Remux_restart_seeks_between_the_planned_keyframe_and_the_next_one()
    {
        var args = FfmpegArgumentBuilder.Build(Job(Remux, 2));

        // Segment 2 starts on the keyframe at 13.943; the next keyframe is 0.1 s later, so the seek lands halfway.
        Assert.Equal(["-ss", "13.993", "-noaccurate_seek", "-copyts", "-i"], args.SkipWhile(a => a != "-ss").Take(5));
        Assert.Contains("22.7425,27.4225", args);
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
        Assert.Contains("25.3995", args);
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
