using System.Globalization;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Playback;

/// <summary>Real ffmpeg, real films on a Range server: what a player gets.</summary>
public sealed class PlaybackStreamTests
{
    // Every output timestamp is the source's plus 1.4 s; the WebVTT timestamp map relies on it.
    private const double TsOffset = ProStream.Server.Playback.Ffmpeg.FfmpegArgumentBuilder.TimestampOffset;

    [Fact]
    public async Task Remux_session_has_complete_playlists_and_ffmpeg_reads_the_whole_stream_back()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);

        Assert.Equal("remux", session.Mode);
        Assert.Equal(20, session.Duration, 0.5);
        Assert.Equal(["English Stereo", "French"], session.AudioTracks.Select(a => a.Name));
        Assert.Equal("en", Assert.Single(session.Subtitles).Language);

        var anonymous = world.App.Anonymous();
        var master = await anonymous.GetStringAsync(world.FileUrl(session, "master.m3u8"));
        Assert.Contains("CODECS=\"avc1.64001E,mp4a.40.2\"", master, StringComparison.Ordinal);
        Assert.Contains("LANGUAGE=\"fr\",NAME=\"French\",DEFAULT=NO", master, StringComparison.Ordinal);
        Assert.Contains("NAME=\"English Stereo\",DEFAULT=YES", master, StringComparison.Ordinal);
        var video = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(world.FileUrl(session, "v.m3u8")));
        var audio = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(world.FileUrl(session, "a1.m3u8")));
        Assert.Equal(video.Select(s => s.Duration), audio.Select(s => s.Duration));
        Assert.Equal(session.Duration, video.Sum(s => s.Duration), 0.01);

        var output = Path.Combine(world.App.DataDir, "readback.mkv");
        await TestFilms.RunAsync("-i", world.FileUrl(session, "master.m3u8").ToString(), "-map", "0", "-c", "copy", output);
        var streams = await TestFilms.ProbeAsync("-show_entries", "stream=codec_type,codec_name", "-of", "csv=p=0", output);
        // ffmpeg's HLS demuxer ignores subtitle renditions; they are checked on their own below.
        Assert.Equal(["aac,audio", "aac,audio", "h264,video"], streams.Trim().Split('\n').Order());
        var duration = double.Parse(await TestFilms.ProbeAsync("-show_entries", "format=duration", "-of", "csv=p=0", output), CultureInfo.InvariantCulture);
        Assert.Equal(20, duration, 0.5);
    }

    [Fact]
    public async Task Irregular_keyframes_with_remux_give_segments_as_long_as_declared()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Irregular);
        Assert.Equal("remux", session.Mode);

        var video = PlaybackTestWorld.Segments(await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "v.m3u8")));
        Assert.Equal([7.0, 6.92, 7.4, 4.68, 4.0], video.Select(s => Math.Round(s.Duration, 2)));
        foreach (var (start, declared, uri) in video)
        {
            var probed = await world.ProbeFileAsync(session, uri);
            Assert.Equal(declared, probed.Duration, 0.1);
        }
    }

    [Fact]
    public async Task Cold_seek_restarts_ffmpeg_and_the_segment_starts_where_the_playlist_says()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Irregular);
        var video = PlaybackTestWorld.Segments(await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "v.m3u8")));
        var target = video.FindIndex(s => s.Start + s.Duration > 0.7 * session.Duration);

        var segment = await world.ProbeFileAsync(session, video[target].Uri);
        var firstKeyframe = 0.023;

        Assert.Equal(video[target].Start + firstKeyframe + TsOffset, segment.Start, 0.1);
        Assert.Equal(video[target].Duration, segment.Duration, 0.1);
        var audio = await world.ProbeFileAsync(session, video[target].Uri.Replace("v/", "a0/", StringComparison.Ordinal));
        Assert.Equal(segment.Start, audio.Start, 0.02);
    }

    [Fact]
    public async Task Transcode_session_starts_at_the_requested_position()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.HevcAc3, new { startPosition = 7.5 });

        Assert.Equal("transcode", session.Mode);
        Assert.Equal(7.5, session.StartPosition);
        var playlist = await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "v.m3u8"));
        Assert.Contains("#EXT-X-START:TIME-OFFSET=7.5\n", playlist, StringComparison.Ordinal);
        var video = PlaybackTestWorld.Segments(playlist);
        Assert.Equal(2, video.Count);
        Assert.Equal(6, video[0].Duration, 0.001);

        var segment = await world.ProbeFileAsync(session, "v/1.m4s");
        Assert.Equal("h264", segment.Codecs);
        Assert.Equal(6 + TsOffset, segment.Start, 0.1);
        Assert.Equal(6, segment.Duration, 0.1);
        var audio = await world.ProbeFileAsync(session, "a0/1.m4s");
        Assert.Equal("aac", audio.Codecs);
        var first = await world.ProbeFileAsync(session, "v/0.m4s");
        Assert.Equal(6, first.Duration, 0.1);
    }

    [Fact]
    public async Task Subtitle_segments_carry_the_cues_that_start_in_them()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        var client = world.App.Anonymous();

        var first = await client.GetStringAsync(world.FileUrl(session, "s0/0.vtt"));
        var second = await client.GetStringAsync(world.FileUrl(session, "s0/1.vtt"));

        Assert.StartsWith("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n", first, StringComparison.Ordinal);
        Assert.Contains("Hello one", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello two", first, StringComparison.Ordinal);
        Assert.Contains("Hello two", second, StringComparison.Ordinal);
    }
}
