using System.Net;
using ProStream.Server.Catalog;

namespace ProStream.Tests.Catalog;

public sealed class TmdbErrorMappingTests
{
    private static string Body(int code) => $$"""{"success":false,"status_code":{{code}},"status_message":"message {{code}}"}""";

    [Theory]
    [InlineData(401, 7, 502, "TMDB rejected the API key")]
    [InlineData(401, 3, 502, "TMDB rejected the API key")]
    [InlineData(401, 14, 502, "TMDB rejected the API key")]
    [InlineData(401, 10, 502, "TMDB rejected the API key")]
    [InlineData(404, 6, 404, "TMDB has no movie 1")]
    [InlineData(404, 34, 404, "TMDB has no movie 1")]
    [InlineData(400, 22, 400, "TMDB refused the request: message 22")]
    [InlineData(422, 5, 400, "TMDB refused the request: message 5")]
    [InlineData(429, 25, 503, "TMDB's rate limit")]
    [InlineData(500, 11, 502, "TMDB answered HTTP 500")]
    [InlineData(502, 43, 502, "TMDB answered HTTP 502")]
    [InlineData(503, 46, 503, "TMDB is unavailable")]
    [InlineData(504, 24, 502, "TMDB answered HTTP 504")]
    [InlineData(403, 3, 502, "TMDB answered HTTP 403")]
    public void TMDB_answers_map_to_what_our_client_should_hear(int status, int code, int expected, string detail)
    {
        var error = TmdbErrorMapping.FromResponse((HttpStatusCode)status, Body(code), null, "movie 1");

        Assert.Equal(expected, error.StatusCode);
        Assert.StartsWith(detail, error.Message, StringComparison.Ordinal);
        Assert.Equal("TMDB", error.Upstream);
        Assert.Equal("TMDB", error.Extensions["upstream"]);
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData(0.2, 1)]
    [InlineData(7.0, 7)]
    [InlineData(7.1, 8)]
    public void A_rate_limit_tells_the_client_when_to_retry(double? seconds, int expected)
    {
        var error = TmdbErrorMapping.FromResponse(
            HttpStatusCode.TooManyRequests, Body(25), seconds is { } s ? TimeSpan.FromSeconds(s) : null, "list");

        Assert.Equal(expected, error.RetryAfterSeconds);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(500)]
    public void A_body_that_is_not_TMDB_JSON_still_maps(int status)
    {
        var error = TmdbErrorMapping.FromResponse((HttpStatusCode)status, "<html>oops</html>", null, "movie 1");

        Assert.Equal(502, error.StatusCode);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }
}
