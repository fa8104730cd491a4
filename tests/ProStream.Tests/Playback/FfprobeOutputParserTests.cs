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
            { "index": 3, "codec_name": "subrip", "codec_type": "subtitle", "disposition": { "default": 0 }, "tags": { "language": "eng" } },
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
        Assert.Equal(new VideoStreamInfo(0, "h264", "High", 31, 1280, 720, 2_500_000, "yuv420p", 25), probe.Video);
        Assert.Equal(
            [
                new AudioStreamInfo(1, "aac", "LC", 2, "eng", "English Stereo", true, null),
                new AudioStreamInfo(2, "ac3", null, 6, "fre", null, false, 448_000),
            ],
            probe.Audio);
        Assert.Equal(
            [
                new SubtitleStreamInfo(3, "subrip", "eng", null, false, true),
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
}
