using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Catalog;

/// <summary>TMDB's failures become clear ProblemDetails naming TMDB; bad input never reaches TMDB; the key never leaks.</summary>
public sealed class CatalogErrorTests
{
    [Fact]
    public async Task Without_a_key_the_catalogue_is_503_not_configured()
    {
        await using var world = CatalogWorld.Create(apiKey: null);
        var client = await world.ViewerAsync();

        var problem = await client.GetAsync("/api/catalog/movies/popular").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("TMDB is not configured (set Tmdb__ApiKey).", problem.GetProperty("detail").GetString());
        Assert.Equal("TMDB", problem.GetProperty("upstream").GetString());
        Assert.Equal(0, world.Tmdb.TotalCalls);
    }

    [Fact]
    public async Task A_key_TMDB_rejects_is_a_502_that_says_so()
    {
        const string wrongKey = "ffffffffffffffffffffffffffffffff";
        await using var world = CatalogWorld.Create(apiKey: wrongKey);
        var client = await world.ViewerAsync();

        using var response = await client.GetAsync("/api/catalog/movies/550");
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.StartsWith("TMDB rejected the API key", problem.GetProperty("detail").GetString());
        Assert.Equal("TMDB", problem.GetProperty("upstream").GetString());
        Assert.DoesNotContain(wrongKey, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/550"));
    }

    [Fact]
    public async Task An_unknown_title_is_404()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var problem = await client.GetAsync("/api/catalog/movies/999999").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("movie 999999", problem.GetProperty("detail").GetString());
        await client.GetAsync("/api/catalog/tv/1399/seasons/42").ReadProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync("/api/catalog/tv/77").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rate_limit_is_503_with_retry_after_and_is_not_retried()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        world.Tmdb.Failure = new FakeFailure(429, FakeTmdbServer.ErrorBody(25, "Your request count (41) is over the allowed limit of 40."), "7");

        using var response = await client.GetAsync("/api/catalog/movies/popular");

        await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/popular"));
    }

    [Theory]
    [InlineData(500, "{\"success\":false,\"status_code\":11,\"status_message\":\"Internal error.\"}", "application/json")]
    [InlineData(502, "<html><body>Bad gateway</body></html>", "text/html")]
    [InlineData(200, "<html>not json</html>", "text/html")]
    [InlineData(200, "{\"page\":\"one\"", "application/json")]
    public async Task Upstream_errors_and_garbage_are_502(int status, string body, string contentType)
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        world.Tmdb.Failure = new FakeFailure(status, body, ContentType: contentType);

        var problem = await client.GetAsync("/api/catalog/movies/popular").ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal("TMDB", problem.GetProperty("upstream").GetString());
        Assert.DoesNotContain("<html>", problem.GetProperty("detail").GetString());
        // 5xx is retried (twice), a 200 with garbage is not.
        Assert.Equal(status >= 500 ? 3 : 1, world.Tmdb.CallsTo("/3/movie/popular"));
    }

    [Fact]
    public async Task A_slow_TMDB_is_504_within_the_configured_timeout()
    {
        await using var world = CatalogWorld.Create(settings: new Dictionary<string, string?> { ["Tmdb:Timeout"] = "00:00:01" });
        var client = await world.ViewerAsync();
        // TMDB would answer after ten minutes: only the server's 1 s deadline can produce the 504 (no clock asserted).
        world.Tmdb.Delay = TimeSpan.FromMinutes(10);

        var problem = await client.GetAsync("/api/catalog/movies/550").ReadProblemAsync(HttpStatusCode.GatewayTimeout);

        Assert.Equal("TMDB", problem.GetProperty("upstream").GetString());
    }

    [Fact]
    public async Task The_api_key_never_appears_in_responses_or_logs()
    {
        await using var world = CatalogWorld.Create(settings: new Dictionary<string, string?> { ["Tmdb:Timeout"] = "00:00:01" });
        var client = await world.ViewerAsync();
        var bodies = new List<string>();
        async Task Get(string path)
        {
            using var response = await client.GetAsync(path);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        await Get("/api/catalog/movies/550");
        await Get("/api/catalog/movies/404404");
        world.Tmdb.Failure = new FakeFailure(500, "oops", ContentType: "text/plain");
        await Get("/api/catalog/tv/popular");
        world.Tmdb.Failure = null;
        world.Tmdb.Delay = TimeSpan.FromSeconds(10);
        await Get("/api/catalog/search?query=slow");

        Assert.Contains(world.Tmdb.Requests, r => r.Query["api_key"] == FakeTmdbServer.ApiKey);
        Assert.Contains(world.Logs.Lines, l => l.Contains("TMDB", StringComparison.Ordinal));
        Assert.All(bodies, b => Assert.DoesNotContain(FakeTmdbServer.ApiKey, b, StringComparison.OrdinalIgnoreCase));
        Assert.All(world.Logs.Lines, l => Assert.DoesNotContain(FakeTmdbServer.ApiKey, l, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/catalog/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=%20", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=dune&type=book", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=dune&page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=dune&page=501", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=dune&page=two", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/search?query=dune&language=french", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/movies/popular?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/movies/0", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/movies/latest", HttpStatusCode.NotFound)]
    [InlineData("/api/catalog/tv/1399/seasons/-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/trending/movie/month", HttpStatusCode.NotFound)]
    [InlineData("/api/catalog/trending/people/day", HttpStatusCode.NotFound)]
    [InlineData("/api/catalog/genres/book", HttpStatusCode.NotFound)]
    [InlineData("/api/catalog/discover/movie?year=1500", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/discover/movie?sortBy=random", HttpStatusCode.BadRequest)]
    [InlineData("/api/catalog/discover/movie?genre=action", HttpStatusCode.BadRequest)]
    public async Task Bad_input_is_a_problem_and_never_reaches_TMDB(string path, HttpStatusCode expected)
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        await client.GetAsync(path).ReadProblemAsync(expected);

        Assert.Equal(0, world.Tmdb.TotalCalls);
    }

    [Theory]
    [InlineData("Tmdb:ApiKey", "not-a-key", "Tmdb:ApiKey")]
    [InlineData("Tmdb:BaseUrl", "ftp://example.com", "Tmdb:BaseUrl")]
    [InlineData("Tmdb:Timeout", "00:10:00", "Tmdb:Timeout")]
    [InlineData("Tmdb:Language", "French", "Tmdb:Language")]
    public async Task Unusable_settings_stop_the_server_at_start(string key, string value, string named)
    {
        // The server as an operator starts it: it must exit at once, naming the bad setting.
        var dataDir = TestDirectory.Create("tmdb-settings");
        try
        {
            await using var server = ServerProcess.Start(new Dictionary<string, string>
            {
                ["ProStream__DataDir"] = dataDir,
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                [key.Replace(":", "__", StringComparison.Ordinal)] = value,
            });

            Assert.NotEqual(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(180)));
            Assert.Contains(named, string.Join('\n', server.StdoutLines) + server.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            TestDirectory.Delete(dataDir);
        }
    }
}
