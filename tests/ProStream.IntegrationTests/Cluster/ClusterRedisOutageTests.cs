using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.Cluster;

/// <summary>With Redis configured but away: answers stay ProblemDetails with a reason, never a 500.</summary>
public sealed class ClusterRedisOutageTests
{
    [Fact]
    public async Task While_redis_is_away_logins_are_still_limited_in_memory_and_new_sessions_are_refused_with_503()
    {
        await using var redis = new RedisServer();
        var films = await TestFilms.GetAsync();
        await using var server = await RangeFileServer.StartAsync(films.Directory);
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Playback:AllowPrivateSources"] = "true",
            ["RateLimiting:Auth:PermitLimit"] = "4",
        });
        var viewer = await app.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com");

        await redis.StopAsync();
        var refused = await viewer.PostAsJsonAsync("/api/playback/sessions", new { url = server.UrlOf(TestFilms.Film).ToString() })
            .ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Redis", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var anonymous = app.Anonymous();
        var wrong = new { email = "nobody@example.com", password = "wrong password" };
        using (var first = await anonymous.PostAsJsonAsync("/api/auth/login", wrong))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        }

        // Register and login took 2 of the 4 in Redis; the memory window starts afresh: 4 more, then refused.
        for (var i = 0; i < 3; i++)
        {
            using var again = await anonymous.PostAsJsonAsync("/api/auth/login", wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        }

        await anonymous.PostAsJsonAsync("/api/auth/login", wrong).ReadProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
