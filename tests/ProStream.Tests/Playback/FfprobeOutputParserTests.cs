using ProStream.Server.Playback.Probing;

namespace ProStream.Tests.Playback;

public sealed class FfprobeOutputParserTests
{
    // Trimmed from `ffprobe -show_format -show_streams -of json` of a generated Matroska film.
    private const string Film = """
        {
          "streams": [
            { "index": 0, "codec_name": "h264", "profile": "High", "codec_type": "video", "width": 1280, "height": 720,
              "pix_fmt": "yuv420p", "level": 31, "avg_frame_rate": "25/1", "r_frame_rate": "25/1",
              "disposition": { "default": 1, "attached_pic": 0 }, "tags": { "BPS": "2500000", "DURATION": "00:00:30.023000000" } },
            { "index": 1, "codec_name": "aac", "profile": "LC", "codec_type": "audio", "channels": 2,
              "disposition": { "default": 1 }, "tags": { "language": "eng", "title": "English Stereo" } },
            { "index": 2, "codec_name": "ac3", "codec_type": "audio", "channels": 6, "bit_rate": "448000",
              "disposition": { "default": 0 }, "tags": { "language": "fre" } },
            { "index": 3, "codec_name": "subrip", "codec_type": "subtitle", "disposition": { "default": 0, "forced": 1 }, "tags": { "language": "eng" } },
            { "index": 4, "codec_name": "hdmv_pgs_subtitle", "codec_type": "subtitle", "tags": { "language": "und", "title": "Signs" } },
            { "index": 5, "codec_name": "mjpeg", "codec_type": "video", "width": 600, "height": 800, "disposition": { "attached_pic": 1 } }
          ],
          "format": { "format_name": "matroska,webm", "start_time": "0.000000", "duration": "30.023000", "size": "10596290", "bit_rate": "2823446" }
        }
        """;

    [Fact]
    public void Parses_container_video_audio_and_subtitles()
    {
        var probe = FfprobeOutputParser.Parse(Film);

        Assert.Equal("matroska,webm", probe.Container);
        Assert.True(probe.IsMatroska);
        Assert.Equal(30.023, probe.Duration);
        Assert.Equal(2823446, probe.BitRate);
        Assert.Equal(new VideoStreamInfo(0, "h264", "High", 31, 1280, 720, 2_500_000, "yuv420p", 25, null, 30.023), probe.Video);
        Assert.Equal(
            [
                new AudioStreamInfo(1, "aac", "LC", 2, "eng", "English Stereo", true, null),
                new AudioStreamInfo(2, "ac3", null, 6, "fre", null, false, 448_000),
            ],
            probe.Audio);
        Assert.Equal(
            [
                new SubtitleStreamInfo(3, "subrip", "eng", null, false, true, IsForced: true),
                new SubtitleStreamInfo(4, "hdmv_pgs_subtitle", null, "Signs", false, false),
            ],
            probe.Subtitles);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{ "streams": [], "format": { "format_name": "tty", "duration": "10" } }""")]
    [InlineData("""{ "streams": [ { "index": 0, "codec_name": "h264", "codec_type": "video", "width": 2, "height": 2 } ], "format": { "format_name": "mp4" } }""")]
    [InlineData("""{ "streams": [ { "index": 0, "codec_name": "png", "codec_type": "video", "width": 2, "height": 2, "disposition": { "attached_pic": 1 } } ], "format": { "format_name": "mp3", "duration": "1" } }""")]
    public void Rejects_what_is_not_a_playable_media_file(string json) =>
        Assert.Throws<MediaProbeException>(() => FfprobeOutputParser.Parse(json));

    // A film whose subtitle track outlasts the video: the container says 118 s, the video ends at 60.042 s.
    [Theory]
    [InlineData("Lavf59.27.100", "10.000000", "00:01:10.042000000", 10, 70.042)]
    [InlineData("Lavf59.27.100", "0.023000", "00:01:00.042000000", 0.023, 60.042)]
    // mkvmerge's DURATION is the track's length, not its end.
    [InlineData("mkvmerge v80.0", "10.000000", "00:01:00.042000000", 10, 70.042)]
    public void The_timeline_is_the_videos_when_another_track_runs_longer(string encoder, string start, string duration, double timelineStart, double timelineEnd)
    {
        var json = $$"""
            {
              "streams": [
                { "index": 0, "codec_name": "h264", "codec_type": "video", "width": 640, "height": 360, "start_time": "{{start}}",
                  "tags": { "DURATION": "{{duration}}" } },
                { "index": 1, "codec_name": "aac", "codec_type": "audio", "channels": 2, "sample_rate": "44100" },
                { "index": 2, "codec_name": "subrip", "codec_type": "subtitle", "tags": { "DURATION": "00:01:58.023000000" } }
              ],
              "format": { "format_name": "matroska,webm", "start_time": "0.000000", "duration": "128.023000", "tags": { "ENCODER": "{{encoder}}" } }
            }
            """;

        var probe = FfprobeOutputParser.Parse(json);

        Assert.Equal(timelineStart, probe.TimelineStart, 3);
        Assert.Equal(timelineEnd, probe.TimelineEnd, 3);
        Assert.Equal(44100, probe.Audio[0].SampleRate);
    }

    [Fact]
    public void An_mp4_video_stream_says_its_own_duration_and_without_any_the_container_decides()
    {
        const string Mp4 = """
            {
              "streams": [{ "index": 0, "codec_name": "h264", "codec_type": "video", "width": 640, "height": 360, "start_time": "0.000000", "duration": "29.960000" }],
              "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "start_time": "0.000000", "duration": "31.000000" }
            }
            """;
        Assert.Equal(29.96, FfprobeOutputParser.Parse(Mp4).TimelineEnd, 3);
        Assert.Equal(31, FfprobeOutputParser.Parse(Mp4.Replace("\"duration\": \"29.960000\"", "\"codec_tag\": \"avc1\"", StringComparison.Ordinal)).TimelineEnd, 3);
    }
}
