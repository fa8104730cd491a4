using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Library;

public sealed class LibraryTests
{
    private record WatchItem(string Type, int TmdbId, string? Title, string? PosterPath, DateTimeOffset AddedAt);

    private record HistoryItem(string Type, int TmdbId, int? Season, int? Episode, double Position, double Duration, double Percent, bool Finished, DateTimeOffset LastWatchedAt);

    private static (ProStreamApp App, FakeTimeProvider Clock) NewApp()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 20, 0, 0, TimeSpan.Zero));
        return (new ProStreamApp(services: s => s.AddSingleton<TimeProvider>(clock)), clock);
    }

    [Fact]
    public async Task Watchlist_keeps_one_item_per_title_and_lists_newest_first()
    {
        var (app, clock) = NewApp();
        await using var _ = app;
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        using (var created = await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 438631, type = "movie", title = "Dune", posterPath = "/d.jpg" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        using (var again = await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 438631, type = "movie", title = "Dune" }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 1399, type = "tv", title = "Game of Thrones" });

        var items = await client.GetAsync("/api/watchlist").ReadJsonAsync<WatchItem[]>(HttpStatusCode.OK);
        Assert.Equal([("tv", 1399), ("movie", 438631)], items.Select(i => (i.Type, i.TmdbId)));

        await client.DeleteAsync("/api/watchlist/movie/438631").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        await client.DeleteAsync("/api/watchlist/movie/438631").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        items = await client.GetAsync("/api/watchlist").ReadJsonAsync<WatchItem[]>(HttpStatusCode.OK);
        Assert.Equal([1399], items.Select(i => i.TmdbId));
    }

    [Fact]
    public async Task Watchlist_rejects_bad_items()
    {
        var (app, _) = NewApp();
        await using var _ = app;
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 0, type = "movie" }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 5 }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await client.PostAsJsonAsync("/api/watchlist", new { tmdbId = 5, type = "book" }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await client.DeleteAsync("/api/watchlist/book/5").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_computes_percent_and_finished_and_lists_last_watched_first()
    {
        var (app, clock) = NewApp();
        await using var _ = app;
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var dune = await client.PutAsJsonAsync("/api/history/movie/438631", new { position = 1800, duration = 9000, title = "Dune" })
            .ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);
        Assert.Equal(20, dune.Percent);
        Assert.False(dune.Finished);

        clock.Advance(TimeSpan.FromHours(1));
        var episode = await client.PutAsJsonAsync("/api/history/tv/1399", new { position = 3300, duration = 3600, season = 1, episode = 2 })
            .ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);
        Assert.True(episode.Finished);
        Assert.Equal(2, episode.Episode);

        var all = await client.GetAsync("/api/history").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK);
        Assert.Equal([1399, 438631], all.Select(h => h.TmdbId));
        var continueWatching = await client.GetAsync("/api/history?unfinished=true").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK);
        Assert.Equal([438631], continueWatching.Select(h => h.TmdbId));

        clock.Advance(TimeSpan.FromHours(1));
        await client.PutAsJsonAsync("/api/history/movie/438631", new { position = 2400, duration = 9000 }).ReadJsonAsync<HistoryItem>(HttpStatusCode.OK);
        all = await client.GetAsync("/api/history").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK);
        Assert.Equal([438631, 1399], all.Select(h => h.TmdbId));
        Assert.Equal(2400, all[0].Position);

        await client.DeleteAsync("/api/history/movie/438631").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        await client.DeleteAsync("/api/history/movie/438631").ReadProblemAsync(HttpStatusCode.NotFound);
        await client.PutAsJsonAsync("/api/history/movie/1", new { position = -5, duration = 0 }).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Each_user_sees_only_their_own_library_and_deleting_a_user_deletes_it()
    {
        var (app, _) = NewApp();
        await using var _ = app;
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var alice = await app.RegisterAndLoginAsync("alice@example.com");
        var bob = await app.RegisterAndLoginAsync("bob@example.com");

        await alice.PostAsJsonAsync("/api/watchlist", new { tmdbId = 1, type = "movie" });
        await alice.PutAsJsonAsync("/api/history/movie/1", new { position = 10, duration = 100 });
        await bob.PostAsJsonAsync("/api/watchlist", new { tmdbId = 2, type = "movie" });

        Assert.Equal([2], (await bob.GetAsync("/api/watchlist").ReadJsonAsync<WatchItem[]>(HttpStatusCode.OK)).Select(i => i.TmdbId));
        Assert.Empty(await bob.GetAsync("/api/history").ReadJsonAsync<HistoryItem[]>(HttpStatusCode.OK));
        // Bob deleting Alice's title touches nothing of hers.
        await bob.DeleteAsync("/api/history/movie/1").ReadProblemAsync(HttpStatusCode.NotFound);
        await bob.DeleteAsync("/api/watchlist/movie/1");
        Assert.Single(await alice.GetAsync("/api/watchlist").ReadJsonAsync<WatchItem[]>(HttpStatusCode.OK));

        var users = await admin.GetAsync("/api/users").ReadJsonAsync<System.Text.Json.JsonElement[]>(HttpStatusCode.OK);
        var aliceId = users.Single(u => u.GetProperty("email").GetString() == "alice@example.com").GetProperty("id").GetString();
        await admin.DeleteAsync($"/api/users/{aliceId}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStream.Server.Data.ProStreamDbContext>();
        Assert.Equal(1, db.Watchlist.Count());
        Assert.Equal(0, db.History.Count());
    }
}
