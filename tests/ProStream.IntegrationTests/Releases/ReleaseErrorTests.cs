using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Releases.ReleaseWorld;

namespace ProStream.IntegrationTests.Releases;

/// <summary>Prowlarr failures are ProblemDetails naming Prowlarr, never a 500, never the key.</summary>
public sealed class ReleaseErrorTests
{
    [Fact]
    public async Task A_rejected_key_is_a_502_that_says_so_without_the_key()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr, apiKey: "wrong-key-123");
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Contains("rejected the API key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Prowlarr", problem.GetProperty("upstream").GetString());
        Assert.DoesNotContain("wrong-key-123", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_releases_are_503_not_configured()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Prowlarr__BaseUrl", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await client.GetAsync("/api/releases?tmdbId=438631&type=movie").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Searching_by_title_without_tmdb_configured_is_503_naming_the_setting()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr, withCatalogue: false);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.GetAsync("/api/releases?tmdbId=438631&type=movie").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Tmdb__ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_prowlarr_is_a_504_within_the_configured_timeout()
    {
        // Prowlarr would answer after ten minutes: only the server's 1 s deadline can produce the 504 (no clock asserted).
        await using var prowlarr = new FakeProwlarrServer { SearchDelay = TimeSpan.FromMinutes(10) };
        await using var app = App(prowlarr, new Dictionary<string, string?> { ["Prowlarr:Timeout"] = "00:00:01" });
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.GatewayTimeout);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200)]
    public async Task Html_instead_of_json_is_a_502(int status)
    {
        await using var prowlarr = new FakeProwlarrServer { SearchFailsWith = status };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task An_unreachable_prowlarr_is_a_502()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["Prowlarr:BaseUrl"] = "http://127.0.0.1:9", ["Prowlarr:ApiKey"] = "k",
        });
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.BadGateway);
        Assert.Contains("could not be reached", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
