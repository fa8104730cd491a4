using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Data;

namespace ProStream.IntegrationTests.Playback;

/// <summary>An account that is deleted or demoted stops being served at once, HLS files included.</summary>
public sealed class AccountChangeEndsSessionsTests
{
    [Fact]
    public async Task Demoting_then_deleting_a_viewer_ends_their_playback_at_once()
    {
        // The world's viewer is the first account, hence an admin; a second admin manages it.
        await using var world = await PlaybackTestWorld.CreateAsync();
        var boss = await world.App.RegisterAndLoginAsync("boss@example.com");
        var (viewerId, bossId) = (await IdAsync(world.App, "viewer-"), await IdAsync(world.App, "boss@"));
        await world.Viewer.PatchAsJsonAsync($"/api/users/{bossId}", new { role = "admin" }).ReadJsonAsync<object>(HttpStatusCode.OK);
        var anonymous = world.App.Anonymous();

        var before = await world.CreateSessionAsync(TestFilms.Film);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(world.FileUrl(before, "v/0.m4s"))).StatusCode);
        await boss.PatchAsJsonAsync($"/api/users/{viewerId}", new { role = "user" }).ReadJsonAsync<object>(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(world.FileUrl(before, "master.m3u8"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(world.FileUrl(before, "v/1.m4s"))).StatusCode);
        await world.Viewer.GetAsync($"/api/playback/sessions/{before.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(Path.Combine(world.WorkDir, before.Id.ToString("N"))));

        var after = await world.CreateSessionAsync(TestFilms.Film);
        await boss.DeleteAsync($"/api/users/{viewerId}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(world.FileUrl(after, "master.m3u8"))).StatusCode);
        await world.Viewer.GetAsync($"/api/playback/sessions/{after.Id}").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Empty(FfmpegProcesses.Under(Path.Combine(world.WorkDir, after.Id.ToString("N"))));
    }

    [Fact]
    public async Task A_session_starting_while_its_viewer_is_deleted_is_refused_and_leaves_nothing_behind()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var boss = await world.App.RegisterAndLoginAsync("boss@example.com");
        var (viewerId, bossId) = (await IdAsync(world.App, "viewer-"), await IdAsync(world.App, "boss@"));
        await world.Viewer.PatchAsJsonAsync($"/api/users/{bossId}", new { role = "admin" }).ReadJsonAsync<object>(HttpStatusCode.OK);

        // The source answers only once the account is gone: the session is mid-start when its owner is deleted.
        var starting = world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.GatedUrlOf(TestFilms.Film).ToString() });
        await world.Films.GateReached.WaitAsync(TimeSpan.FromMinutes(2));
        await boss.DeleteAsync($"/api/users/{viewerId}").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        world.Films.OpenGate();

        var problem = await starting.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("account", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateDirectories(world.WorkDir));
        Assert.Empty(FfmpegProcesses.Under(world.WorkDir));
    }

    private static async Task<Guid> IdAsync(ProStreamApp app, string emailPrefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStreamDbContext>();
        return (await db.Users.ToListAsync()).Single(u => u.Email.StartsWith(emailPrefix, StringComparison.Ordinal)).Id;
    }
}
