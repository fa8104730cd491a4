using System.Diagnostics;
using System.Globalization;

namespace ProStream.IntegrationTests.Playback;

/// <summary>Throttling and coarse timing guards (the real benchmark belongs in bench/); timings go to the test output.</summary>
public sealed class PlaybackLatencyTests
{
    [Fact]
    public async Task Remux_starts_fast_is_throttled_and_seeks_cold_quickly()
    {
        await TestFilms.GetWithLongFilmAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var client = world.App.Anonymous();

        var clock = Stopwatch.StartNew();
        var session = await world.CreateSessionAsync(TestFilms.Long);
        var created = clock.Elapsed;
        await client.GetStringAsync(world.FileUrl(session, "master.m3u8"));
        var master = clock.Elapsed;
        await client.GetByteArrayAsync(world.FileUrl(session, "v/0.m4s"));
        var firstSegment = clock.Elapsed;
        Assert.Equal("remux", session.Mode);

        // ffmpeg stops (SIGSTOP) a bounded window ahead of the last request: 8 segments by default.
        var directory = Path.Combine(world.WorkDir, session.Id.ToString("N"));
        var pid = Assert.Single(FfmpegProcesses.Under(directory));
        Assert.True(await FfmpegProcesses.EventuallyAsync(() => State(pid) == 'T'), "ffmpeg is suspended when far ahead");
        // Remux writes hundreds of times faster than real time, so a loaded machine may let a few more
        // segments through before the pause lands; far fewer than the film's 25 either way.
        var written = Directory.GetFiles(Path.Combine(directory, "v"), "*.m4s").Length;
        Assert.InRange(written, 8, 14);

        var video = PlaybackTestWorld.Segments(await client.GetStringAsync(world.FileUrl(session, "v.m3u8")));
        var target = video.FindIndex(s => s.Start >= 0.7 * session.Duration);
        clock.Restart();
        await client.GetByteArrayAsync(world.FileUrl(session, $"v/{target}.m4s"));
        var seek = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"remux: POST {created.TotalMilliseconds:0} ms, master {master.TotalMilliseconds:0} ms, first segment {firstSegment.TotalMilliseconds:0} ms, cold seek to segment {target} {seek.TotalMilliseconds:0} ms"));
        Assert.True(firstSegment < TimeSpan.FromSeconds(3), $"first segment after {firstSegment}");
        Assert.True(seek < TimeSpan.FromSeconds(2), $"seek took {seek}");
        Assert.DoesNotContain(pid, FfmpegProcesses.Under(directory));

        // The meter is exported at /metrics (the exporter caches a scrape briefly).
        Assert.True(
            await FfmpegProcesses.EventuallyAsync(
                () => client.GetStringAsync("/metrics").Result.Contains("prostream_playback_ffmpeg_restarts", StringComparison.Ordinal),
                TimeSpan.FromSeconds(15)),
            "playback metrics exported");
        var metrics = await client.GetStringAsync("/metrics");
        Assert.Contains("prostream_playback_sessions_active", metrics, StringComparison.Ordinal);
        Assert.Contains("prostream_playback_segment_wait_seconds", metrics, StringComparison.Ordinal);
    }

    private static char State(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[stat.LastIndexOf(')') + 2];
    }
}
