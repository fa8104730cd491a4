using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Library;

/// <summary>A show's episodes in the viewer's history: each one's progress, watched marks set and cleared by the
/// viewer (one episode or a season), kept apart per user and forgotten with the title.</summary>
public sealed class EpisodeProgressTests
{
    private const int Show = 1399;

    private record EpisodeItem(int Season, int Episode, double Position, double Duration, double Percent, bool Finished, DateTimeOffset UpdatedAt);

    private record HistoryItem(string Type, int TmdbId, int? Season, int? Episode, double Position, bool Finished);

    private static (ProStreamApp App, FakeTimeProvider Clock) NewApp()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 20, 0, 0, TimeSpan.Zero));
        return (new ProStreamApp(services: s => s.AddSingleton<TimeProvider>(clock)), clock);
    }

    [Fact]
    public async Task Each_episode_keeps_its_own_progress_while_the_show_follows_the_last_one()
    {
        var (app, clock) = NewApp();
        await using var _ = app;
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.PutAsJsonAsync($"/api/history/tv/{Show}", new { position = 3400, duration = 3600, season = 1, episode = 1 }).ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromHours(1));
        await client.PutAsJsonAsync($"/api/history/tv/{Show}", new { position = 600, duration = 3600, season = 1, episode = 2 }).ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);

        var episodes = await client.GetAsync($"/api/history/tv/{Show}/episodes").ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK);
        Assert.Equal([(1, 1, true, 3400.0), (1, 2, false, 600.0)], episodes.Select(e => (e.Season, e.Episode, e.Finished, e.Position)));
        var show = Assert.Single(await client.GetAsync("/api/history").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK));
        Assert.Equal((1, 2, 600.0), (show.Season, show.Episode, show.Position));

        // A film has no episodes; nothing is recorded for it here.
        await client.PutAsJsonAsync("/api/history/movie/438631", new { position = 10, duration = 100, season = 1, episode = 1 }).ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);
        Assert.Empty(await client.GetAsync("/api/history/tv/438631/episodes").ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Episodes_and_seasons_are_marked_watched_and_unwatched()
    {
        var (app, clock) = NewApp();
        await using var _ = app;
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        await client.PutAsJsonAsync($"/api/history/tv/{Show}", new { position = 600, duration = 3600, season = 1, episode = 2 }).ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromMinutes(5));
        var marked = await client.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { season = 1, episodes = new[] { 1, 2, 3 }, watched = true })
            .ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK);
        Assert.Equal([1, 2, 3], marked.Select(e => e.Episode));
        Assert.All(marked, e => Assert.True(e.Finished && e.Percent == 100));
        Assert.All(marked, e => Assert.Equal(clock.GetUtcNow(), e.UpdatedAt));
        // The show stood on episode 2, now watched: it leaves "continue watching".
        Assert.Empty(await client.GetAsync("/api/history?unfinished=true").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK));

        var left = await client.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { season = 1, episodes = new[] { 2, 3 }, watched = false })
            .ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK);
        Assert.Equal([1], left.Select(e => e.Episode));
        var show = Assert.Single(await client.GetAsync("/api/history").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK));
        Assert.False(show.Finished);

        await client.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { season = 1, episodes = Array.Empty<int>() }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await client.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { episodes = new[] { 1 } }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await client.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { season = 1, episodes = new[] { -1 } }).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Episodes_belong_to_their_viewer_and_go_with_the_title()
    {
        var (app, _) = NewApp();
        await using var _ = app;
        var alice = await app.RegisterAndLoginAsync("alice@example.com");
        var bob = await app.RegisterAndLoginAsync("bob@example.com");
        await alice.PutAsJsonAsync($"/api/history/tv/{Show}/episodes/watched", new { season = 1, episodes = new[] { 1 } }).ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK);

        Assert.Empty(await bob.GetAsync($"/api/history/tv/{Show}/episodes").ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK));
        await bob.DeleteAsync($"/api/history/tv/{Show}").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await alice.GetAsync($"/api/history/tv/{Show}/episodes").ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK));

        await alice.DeleteAsync($"/api/history/tv/{Show}").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        Assert.Empty(await alice.GetAsync($"/api/history/tv/{Show}/episodes").ReadJsonAsync<EpisodeItem[]>(HttpStatusCode.OK));
    }
}
