using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Login_is_throttled_per_ip_with_retry_after()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["RateLimiting:Auth:PermitLimit"] = "3",
            ["RateLimiting:Auth:Window"] = "00:01:00",
        });
        var client = app.Anonymous();

        for (var i = 0; i < 3; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.com", password = "guess-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var blocked = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.com", password = "guess-4" });
        var problem = await blocked.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(blocked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_limit_is_per_user_so_one_user_does_not_starve_another()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["RateLimiting:Global:PermitLimit"] = "5" });
        var alice = await app.RegisterAndLoginAsync("alice@example.com");
        var bob = await app.RegisterAndLoginAsync("bob@example.com");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await alice.GetAsync("/api/watchlist");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await bob.GetAsync("/api/watchlist");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Switched_off_nothing_is_throttled_and_every_endpoint_still_answers()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["RateLimiting:Auth:PermitLimit"] = "1",
        });
        var client = app.Anonymous();

        for (var i = 0; i < 4; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.com", password = "guess-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }
    }

    [Fact]
    public async Task Health_is_never_throttled()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["RateLimiting:Global:PermitLimit"] = "1" });
        var client = app.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.0/8", true)]
    [InlineData("10.9.9.9", false)]
    [InlineData("", false)]
    public async Task Forwarded_client_address_counts_only_behind_a_trusted_proxy(string proxy, bool trusted)
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["RateLimiting:Auth:PermitLimit"] = "1",
            ["RateLimiting:TrustedProxies:0"] = proxy,
        });
        var client = app.Anonymous();

        async Task<HttpStatusCode> LoginFrom(string ip)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = JsonContent.Create(new { email = "x@example.com", password = "nope-nope" }),
            };
            request.Headers.Add("X-Forwarded-For", ip);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await LoginFrom("203.0.113.1"));
        // A second client behind the proxy has its own budget only if the proxy is trusted;
        // otherwise the header is ignored and both share the proxy's address.
        Assert.Equal(trusted ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, await LoginFrom("203.0.113.2"));
    }
}
