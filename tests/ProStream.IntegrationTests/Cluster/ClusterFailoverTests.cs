using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.Cluster;

/// <summary>
/// Issue 15: three instances behind round-robin nginx serve any session; the one running a session's ffmpeg is
/// killed mid-film and the player plays on to the end; limits hold across instances; nothing is left behind.
/// </summary>
public sealed class ClusterFailoverTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_film_plays_to_its_end_through_round_robin_when_the_instance_running_it_is_killed()
    {
        await using var world = await ClusterWorld.StartAsync(new Dictionary<string, string>
        {
            ["Playback__MaxSessionsPerUser"] = "2",
        });
        var token = await world.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com", Password);
        using var viewer = world.Client(world.Balancer.Address, token);
        var session = await viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.UrlOf(TestFilms.Film).ToString() })
            .ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);
        var master = new Uri(world.Balancer.Address, session.MasterPlaylistUrl);

        await using var player = HlsClient.Play(master);
        Assert.True(await player.ReachedAsync(5, TimeSpan.FromMinutes(2)), string.Join('\n', player.Errors));

        var holder = await world.HolderAsync(session.Id);
        var killed = Enumerable.Range(0, ClusterWorld.Instances).Single(i => world.InstanceId(i) == holder);
        await world.Servers[killed]!.KillAsync();

        var exit = await player.WaitForExitAsync(TimeSpan.FromMinutes(3));
        TestContext.Current.TestOutputHelper?.WriteLine($"Longest stall after killing {holder}: {player.LongestStall.TotalSeconds:F2} s");
        Assert.True(exit == 0, string.Join('\n', player.Errors));
        Assert.Empty(player.Errors);
        Assert.True(player.Position >= session.Duration - 1, $"played to {player.Position} s of {session.Duration} s");
        Assert.True(player.LongestStall < TimeSpan.FromSeconds(60), $"stalled {player.LongestStall}"); // hang guard, not a goal: bench measures it
        var taker = await world.HolderAsync(session.Id);
        Assert.NotNull(taker);
        Assert.NotEqual(holder, taker);

        // The killed instance comes back: its clean-up ends its orphan ffmpeg, not the session another instance runs.
        await world.StartInstanceAsync(killed);
        Assert.True(await FfmpegProcesses.EventuallyAsync(() => FfmpegProcesses.Under(world.DataDir(killed)).Length == 0));
        Assert.Empty(world.SessionDirectories(killed));
        Assert.Equal(taker, await world.HolderAsync(session.Id));
        using var again = await viewer.GetAsync($"/api/playback/sessions/{session.Id}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        using var ended = await viewer.DeleteAsync($"/api/playback/sessions/{session.Id}");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        for (var i = 0; i < ClusterWorld.Instances; i++)
        {
            var index = i;
            Assert.True(await FfmpegProcesses.EventuallyAsync(() => FfmpegProcesses.Under(world.DataDir(index)).Length == 0), $"ffmpeg left on {world.InstanceId(index)}");
            Assert.True(await FfmpegProcesses.EventuallyAsync(() => world.SessionDirectories(index).Length == 0), $"session directory left on {world.InstanceId(index)}");
        }

        Assert.False(await world.IsKnownAsync(session.Id));
    }

    [Fact]
    public async Task Session_limits_and_the_login_rate_limit_count_across_instances()
    {
        await using var world = await ClusterWorld.StartAsync(new Dictionary<string, string>
        {
            ["Playback__MaxSessionsPerUser"] = "2",
            ["RateLimiting__Auth__PermitLimit"] = "5",
        });
        // Register and sign in: 2 of the 5 attempts.
        var token = await world.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com", Password);
        var film = new { url = world.Films.UrlOf(TestFilms.Film).ToString() };

        using var first = world.Client(world.Address(0), token);
        using var second = world.Client(world.Address(1), token);
        using var third = world.Client(world.Address(2), token);
        var one = await first.PostAsJsonAsync("/api/playback/sessions", film).ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);
        var two = await second.PostAsJsonAsync("/api/playback/sessions", film).ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);
        var refused = await third.PostAsJsonAsync("/api/playback/sessions", film).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("You already have 2 playback sessions", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Any instance answers for, and ends, a session another one runs; its ffmpeg stops there.
        using var seen = await third.GetAsync($"/api/playback/sessions/{one.Id}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        using var ended = await third.DeleteAsync($"/api/playback/sessions/{one.Id}");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.True(await FfmpegProcesses.EventuallyAsync(() => FfmpegProcesses.Under(world.DataDir(0)).Length == 0));
        await third.PostAsJsonAsync("/api/playback/sessions", film).ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);

        // Wrong passwords on each instance use up the rest; the next attempt is refused wherever it lands.
        for (var i = 0; i < ClusterWorld.Instances; i++)
        {
            using var anonymous = world.Client(world.Address(i));
            using var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var client = world.Client(world.Address(0));
        await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong password" }).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        _ = two;
    }
}
