using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Catalog;

public sealed class CatalogCachingTests
{
    [Fact]
    public async Task Answers_are_cached_per_route_language_and_page()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.GetStringAsync("/api/catalog/movies/popular"));
            answers.Add(await client.GetStringAsync("/api/catalog/movies/550"));
        }

        // A cached answer is the same answer, not a lossy copy.
        Assert.Equal(answers[0], answers[2]);
        Assert.Equal(answers[1], answers[5]);
        Assert.Contains("\"imdbId\":\"tt0137523\"", answers[5], StringComparison.Ordinal);
        Assert.Contains("\"type\":\"movie\"", answers[4], StringComparison.Ordinal);

        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/popular"));
        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/550"));

        await client.GetAsync("/api/catalog/movies/popular?page=2").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        await client.GetAsync("/api/catalog/movies/popular?language=fr-FR").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        await client.GetAsync("/api/catalog/movies/popular?language=fr-FR").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.Equal(3, world.Tmdb.CallsTo("/3/movie/popular"));

        // The image configuration is read once for everything.
        Assert.Equal(1, world.Tmdb.CallsTo("/3/configuration"));
    }

    [Fact]
    public async Task A_changed_language_preference_applies_to_the_next_request()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        await client.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);

        await client.PatchAsJsonAsync("/api/me", new { preferences = new { language = "fr-FR" } }).ReadJsonOrEmpty(HttpStatusCode.OK);
        await client.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        // A second page in French: the preference, not a stale copy of the default, chose the language.
        Assert.Equal(2, world.Tmdb.CallsTo("/3/movie/popular"));

        await client.PatchAsJsonAsync("/api/me", new { preferences = new { language = (string?)null } }).ReadJsonOrEmpty(HttpStatusCode.OK);
        await client.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.Equal(2, world.Tmdb.CallsTo("/3/movie/popular"));
    }

    [Fact]
    public async Task Cache_hits_and_misses_and_upstream_calls_show_in_metrics()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        await client.GetStringAsync("/api/catalog/movies/550");
        await client.GetStringAsync("/api/catalog/movies/550");

        var text = await world.App.ScrapeUntilAsync("result=\"hit\"");

        Assert.Matches("prostream_cache_lookups_total\\{[^}]*kind=\"tmdb\"[^}]*result=\"miss\"[^}]*\\} [1-9]", text);
        Assert.Matches("prostream_cache_lookups_total\\{[^}]*kind=\"tmdb\"[^}]*result=\"hit\"[^}]*\\} [1-9]", text);
        Assert.Contains("prostream_upstream_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_identical_requests_make_one_upstream_call()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        world.Tmdb.Delay = TimeSpan.FromMilliseconds(400);

        var movies = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            client.GetAsync("/api/catalog/movies/550").ReadJsonAsync<MovieBody>(HttpStatusCode.OK)));

        Assert.All(movies, m => Assert.Equal("tt0137523", m.ImdbId));
        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/550"));
        Assert.Equal(1, world.Tmdb.CallsTo("/3/configuration"));
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        world.Tmdb.Failure = new FakeFailure(429, FakeTmdbServer.ErrorBody(25, "Your request count (41) is over the allowed limit of 40."), "2");

        await client.GetAsync("/api/catalog/tv/1399").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        world.Tmdb.Failure = null;

        var show = await client.GetAsync("/api/catalog/tv/1399").ReadJsonAsync<ShowBody>(HttpStatusCode.OK);
        Assert.Equal(1399, show.Id);
        Assert.Equal(2, world.Tmdb.CallsTo("/3/tv/1399"));
    }
}
