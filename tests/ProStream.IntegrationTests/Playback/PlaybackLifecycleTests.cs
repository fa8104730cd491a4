using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Playback;

/// <summary>Sessions end cleanly: no ffmpeg process and no directory outlives them.</summary>
public sealed class PlaybackLifecycleTests
{
    [Fact]
    public async Task Delete_ends_the_session_its_process_and_its_directory()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        var directory = Path.Combine(world.WorkDir, session.Id.ToString("N"));
        Assert.True(Directory.Exists(directory));

        using var deleted = await world.Viewer.DeleteAsync($"/api/playback/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(Directory.Exists(directory));
        Assert.Empty(FfmpegProcesses.Under(directory));
        await world.Viewer.GetAsync($"/api/playback/sessions/{session.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        using var file = await world.App.Anonymous().GetAsync(world.FileUrl(session, "master.m3u8"));
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task Idle_sessions_are_reaped()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var world = await PlaybackTestWorld.CreateAsync(
            new Dictionary<string, string?> { ["Playback:IdleTimeout"] = "00:00:30", ["Playback:ReapInterval"] = "00:00:05" },
            services => services.AddSingleton<TimeProvider>(clock));
        var session = await world.CreateSessionAsync(TestFilms.Film);
        var directory = Path.Combine(world.WorkDir, session.Id.ToString("N"));

        clock.Advance(TimeSpan.FromSeconds(20));
        await world.Viewer.PostAsJsonAsync($"/api/playback/sessions/{session.Id}/progress", new { position = 3 });
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(Directory.Exists(directory), "A progress report keeps the session alive.");

        clock.Advance(TimeSpan.FromSeconds(35));

        Assert.True(await FfmpegProcesses.EventuallyAsync(() => !Directory.Exists(directory)));
        Assert.Empty(FfmpegProcesses.Under(directory));
        await world.Viewer.GetAsync($"/api/playback/sessions/{session.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Limits_answer_429_and_another_users_session_is_not_found()
    {
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?> { ["Playback:MaxSessionsPerUser"] = "1" });
        var session = await world.CreateSessionAsync(TestFilms.Film);

        using var second = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.UrlOf(TestFilms.Film).ToString() });
        await second.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(second.Headers.RetryAfter);

        var other = await world.App.RegisterAndLoginAsync("other@example.com");
        await other.GetAsync($"/api/playback/sessions/{session.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        await other.DeleteAsync($"/api/playback/sessions/{session.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("ready", (await world.Viewer.GetFromJsonAsync<PlaybackTestWorld.SessionBody>($"/api/playback/sessions/{session.Id}", ApiClient.Json))!.Status is "ready" or "starting" ? "ready" : "other");
    }

    [Fact]
    public async Task Leftovers_of_a_killed_server_are_removed_at_start()
    {
        var dataDir = TestDirectory.Create("crash");
        var leftover = Path.Combine(dataDir, "hls", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(leftover, "v"));
        // An ffmpeg that would run forever, writing into the leftover directory, as after a SIGKILL of the server.
        using var orphan = Process.Start(new ProcessStartInfo("ffmpeg")
        {
            ArgumentList = { "-nostdin", "-loglevel", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=64x64:rate=5", "-f", "segment", Path.Combine(leftover, "v", "%d.ts") },
            UseShellExecute = false,
        })!;
        await File.WriteAllTextAsync(Path.Combine(leftover, "ffmpeg.pid"), orphan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await using (var app = new ProStreamApp(dataDir: dataDir))
        {
            app.Anonymous().Dispose();

            Assert.True(orphan.WaitForExit(5000), "The leftover ffmpeg was killed.");
            Assert.False(Directory.Exists(leftover));
        }

        TestDirectory.Delete(dataDir);
    }

    [Fact]
    public async Task Traversal_and_wrong_tokens_never_leave_the_session_directory()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        var client = world.App.Anonymous();
        var basePath = session.MasterPlaylistUrl.Replace("master.m3u8", "", StringComparison.Ordinal);

        // Plain dot segments are resolved before routing (by HttpClient and by Kestrel): they leave /hls
        // altogether and land on the web UI's page, never on a file outside the session directory.
        using (var dotted = await client.GetAsync(basePath + "../../../etc/passwd"))
        {
            var body = await dotted.Content.ReadAsStringAsync();
            Assert.Equal("/etc/passwd", dotted.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
            Assert.True(dotted.StatusCode == HttpStatusCode.NotFound || body.Contains("<!doctype html>", StringComparison.OrdinalIgnoreCase), body);
        }

        string[] attempts =
        [
            basePath + "..%2F..%2F..%2Fetc%2Fpasswd", basePath + "..%2F..%2Fffmpeg.pid", basePath + "v/..%2F..%2Fffmpeg.pid",
            basePath + "ffmpeg.pid", basePath + "v/999.m4s", basePath + "a7/0.m4s", basePath + "v/0.vtt", basePath + "s0/0.m4s", basePath + "s0/init.mp4", basePath + "a7/init.mp4", basePath + "v/0.ts",
            basePath + "v/-1.m4s", basePath.Replace(session.Id.ToString("N"), Guid.NewGuid().ToString("N"), StringComparison.Ordinal) + "master.m3u8",
            $"/hls/{session.Id:N}/wrong-token/master.m3u8",
        ];
        foreach (var attempt in attempts)
        {
            using var response = await client.GetAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt} → {(int)response.StatusCode}");
        }

        using var master = await client.GetAsync(session.MasterPlaylistUrl);
        Assert.Equal("application/vnd.apple.mpegurl", master.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", master.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var segment = await client.GetAsync(basePath + "v/0.m4s");
        Assert.Equal("video/mp4", segment.Content.Headers.ContentType?.MediaType);
        using var init = await client.GetAsync(basePath + "a0/init.mp4");
        Assert.Equal("audio/mp4", init.Content.Headers.ContentType?.MediaType);
        using var subtitle = await client.GetAsync(basePath + "s0/0.vtt");
        Assert.Equal("text/vtt", subtitle.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Progress_of_a_titled_session_lands_in_the_viewing_history()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film, new { tmdbId = 438631, type = "movie" });

        using var progress = await world.Viewer.PostAsJsonAsync($"/api/playback/sessions/{session.Id}/progress", new { position = 7.5 });

        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        var history = await world.Viewer.GetStringAsync("/api/history");
        Assert.Contains("438631", history, StringComparison.Ordinal);
        Assert.Contains("7.5", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_readiness_checks_ffmpeg()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();

        var ready = await world.App.Anonymous().GetStringAsync("/health/ready");

        Assert.Contains("\"name\":\"ffmpeg\",\"status\":\"Healthy\"", ready, StringComparison.Ordinal);
    }
}
