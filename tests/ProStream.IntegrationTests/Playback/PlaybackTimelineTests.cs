using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// The timeline is the video's, and every CMAF segment holds what the playlist declares: measured with ffprobe
/// on the segments as a player receives them (init segment + media segment), from the first run and from restarts.
/// </summary>
public sealed partial class PlaybackTimelineTests
{
    // What the issue asks: declared durations within 0.05 s of the media, audio and video starting within 20 ms.
    private const double DurationTolerance = 0.05;
    private const double AvTolerance = 0.02;

    [Theory]
    [InlineData(TestFilms.BFramesLongTracks, 30.0)]
    [InlineData(TestFilms.BFramesLongTracksMp4, 30.0)]
    [InlineData(TestFilms.StartsAt10, 20.0)]
    public async Task Segments_last_what_they_declare_and_audio_starts_with_video_in_every_run(string film, double videoDuration)
    {
        await TestFilms.GetWithTimelineFilmsAsync();
        // A wait window of 1 makes every out-of-order request below restart ffmpeg at that segment.
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?> { ["Playback:WaitWindowSegments"] = "1" });
        var session = await world.CreateSessionAsync(film);

        Assert.Equal("remux", session.Mode);
        Assert.Equal(videoDuration, session.Duration, 0.1);
        var video = PlaybackTestWorld.Segments(await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "v.m3u8")));
        Assert.Equal(session.Duration, video.Sum(s => s.Duration), 0.001);

        // Segment 0 from the first run, then restarts far ahead and back: each first segment of a run is measured.
        int[] order = [0, 3, 1, 2, video.Count - 1, 4];
        var report = new List<string>();
        var videoTimings = new Dictionary<int, SegmentTiming>();
        foreach (var i in order.Where(i => i < video.Count).Distinct())
        {
            var v = await world.ProbeSegmentAsync(session, video[i].Uri);
            var a = await world.ProbeSegmentAsync(session, video[i].Uri.Replace("v/", "a0/", StringComparison.Ordinal));
            videoTimings[i] = v;
            report.Add(string.Create(CultureInfo.InvariantCulture, $"{i}: declared {video[i].Duration:0.000}, video {v.Start:0.000}+{v.Duration:0.000}, audio {a.Start:0.000}+{a.Duration:0.000}"));
            Assert.True(Math.Abs(v.Duration - video[i].Duration) <= DurationTolerance, $"video of segment {i}: {string.Join("; ", report)}");
            Assert.True(Math.Abs(a.Duration - video[i].Duration) <= DurationTolerance, $"audio of segment {i}: {string.Join("; ", report)}");
            Assert.True(Math.Abs(a.Start - v.Start) <= AvTolerance, $"A/V start of segment {i}: {string.Join("; ", report)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', report));
        var first = videoTimings[0];
        foreach (var (i, timing) in videoTimings)
        {
            // Every run puts the segment where the playlist says, relative to segment 0.
            Assert.Equal(video[i].Start, timing.Start - first.Start, DurationTolerance);
        }

        foreach (var i in videoTimings.Keys.Where(i => videoTimings.ContainsKey(i + 1)))
        {
            // Decode times continue across the boundary: no DTS going backwards, no hole.
            Assert.InRange(videoTimings[i + 1].FirstDts - videoTimings[i].DtsEnd, -0.001, 0.001);
        }
    }

    [Fact]
    public async Task Tracks_running_past_the_video_are_cut_at_its_end_and_forced_subtitles_say_so()
    {
        await TestFilms.GetWithTimelineFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.BFramesLongTracks);
        var client = world.App.Anonymous();

        Assert.Equal(30, session.Duration, 0.1);
        var master = await client.GetStringAsync(world.FileUrl(session, "master.m3u8"));
        Assert.Matches(ForcedTrack(), master);
        Assert.Contains("NAME=\"English\",DEFAULT=NO,AUTOSELECT=YES,FORCED=NO", master, StringComparison.Ordinal);

        var video = PlaybackTestWorld.Segments(await client.GetStringAsync(world.FileUrl(session, "v.m3u8")));
        var last = video.Count - 1;
        var audio = await world.ProbeSegmentAsync(session, $"a0/{last}.m4s");
        var lastVideo = await world.ProbeSegmentAsync(session, $"v/{last}.m4s");
        Assert.Equal(lastVideo.End, audio.End, DurationTolerance);
        var subtitles = await client.GetStringAsync(world.FileUrl(session, $"s0/{last}.vtt"));
        Assert.DoesNotContain("Very late", subtitles, StringComparison.Ordinal);

        // CHANNELS says what the audio segments hold.
        var channels = int.Parse(ChannelsAttribute().Match(master).Groups[1].Value, CultureInfo.InvariantCulture);
        var path = await world.DownloadSegmentAsync(session, "a0/0.m4s");
        Assert.Equal(channels, int.Parse((await TestFilms.ProbeAsync("-show_entries", "stream=channels", "-of", "csv=p=0", path)).Trim(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Head_is_answered_like_get_without_a_body()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        var client = world.App.Anonymous();

        foreach (var file in (string[])["master.m3u8", "v.m3u8", "s0.m3u8", "v/init.mp4", "a1/init.mp4", "v/0.m4s", "a0/1.m4s", "s0/0.vtt"])
        {
            var bytes = await client.GetByteArrayAsync(world.FileUrl(session, file));
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, world.FileUrl(session, file)));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.NotNull(head.Content.Headers.ContentType);
            if (head.Content.Headers.ContentLength is { } length)
            {
                Assert.Equal(bytes.Length, length);
            }
        }

        using var missing = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, world.FileUrl(session, "v/999.m4s")));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex("TYPE=SUBTITLES,[^\\n]*NAME=\"Signs\",DEFAULT=NO,AUTOSELECT=YES,FORCED=YES")]
    private static partial Regex ForcedTrack();

    [GeneratedRegex("TYPE=AUDIO,[^\\n]*CHANNELS=\"(\\d+)\"")]
    private static partial Regex ChannelsAttribute();
}
