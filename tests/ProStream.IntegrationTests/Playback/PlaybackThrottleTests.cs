namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// ffmpeg is held a bounded window ahead of the viewer and a far seek restarts it there. How fast
/// this happens is measured in bench/ (docs/benchmarks.md), never asserted here: a loaded machine
/// must not fail a test.
/// </summary>
public sealed class PlaybackThrottleTests
{
    [Fact]
    public async Task Remux_is_throttled_ahead_of_the_viewer_and_a_far_seek_restarts_ffmpeg_there()
    {
        await TestFilms.GetWithLongFilmAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var client = world.App.Anonymous();

        var session = await world.CreateSessionAsync(TestFilms.Long);
        await client.GetByteArrayAsync(world.FileUrl(session, "v/0.m4s"));
        Assert.Equal("remux", session.Mode);
        var video = PlaybackTestWorld.Segments(await client.GetStringAsync(world.FileUrl(session, "v.m3u8")));

        // ffmpeg stops (SIGSTOP) a bounded window ahead of the last request: 8 segments by default.
        var directory = Path.Combine(world.WorkDir, session.Id.ToString("N"));
        var pid = Assert.Single(FfmpegProcesses.Under(directory));
        Assert.True(await FfmpegProcesses.EventuallyAsync(() => State(pid) == 'T'), "ffmpeg is suspended when far ahead");
        // Remux writes hundreds of times faster than real time, so a loaded machine may let more segments
        // through before the pause lands; what matters is that it stops well short of the whole film.
        var written = Directory.GetFiles(Path.Combine(directory, "v")).Length;
        Assert.InRange(written, 8, video.Count - 3);

        var target = video.FindIndex(s => s.Start >= 0.7 * session.Duration);
        await client.GetByteArrayAsync(world.FileUrl(session, $"v/{target}.m4s"));

        Assert.DoesNotContain(pid, FfmpegProcesses.Under(directory));

        // The meters are exported at /metrics (the exporter caches a scrape briefly, so one scrape is checked for all).
        string[] meters = ["prostream_playback_ffmpeg_restarts", "prostream_playback_sessions_active", "prostream_playback_segment_wait_seconds"];
        Assert.True(
            await FfmpegProcesses.EventuallyAsync(
                () => client.GetStringAsync("/metrics").Result is var scrape && meters.All(m => scrape.Contains(m, StringComparison.Ordinal)),
                TimeSpan.FromSeconds(60)),
            "playback metrics exported");
    }

    private static char State(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[stat.LastIndexOf(')') + 2];
    }
}
