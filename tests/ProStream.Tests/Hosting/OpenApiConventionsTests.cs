using ProStream.Server.Hosting.OpenApi;

namespace ProStream.Tests.Hosting;

public sealed class OpenApiConventionsTests
{
    [Theory]
    [InlineData("GET", "api/catalog/movies/now-playing", "getCatalogMoviesNowPlaying")]
    [InlineData("GET", "api/catalog/movies/{id}", "getCatalogMoviesById")]
    [InlineData("GET", "api/catalog/tv/{id:int}/seasons/{season:int}", "getCatalogTvByIdSeasonsBySeason")]
    [InlineData("DELETE", "api/watchlist/{type}/{tmdbId}", "deleteWatchlistByTypeByTmdbId")]
    [InlineData("POST", "/api/auth/login", "postAuthLogin")]
    [InlineData("GET", "api/me", "getMe")]
    [InlineData("GET", "hls/{id}/{token}/{**file}", "getHlsByIdByTokenByFile")]
    public void Operation_ids_come_from_method_and_route(string method, string route, string expected) =>
        Assert.Equal(expected, OperationIds.For(method, route));

    public static TheoryData<EndpointTraits, int[]> Endpoints => new()
    {
        // login: anonymous, a body, rate limited.
        { new("Accounts", HasInput: true, HasBody: true, HasPathParameters: false, StartsWork: true, RequiresUser: false, RequiresPolicy: false, RateLimited: true), [400, 413, 429] },
        // GET /api/me: signed in, nothing to validate.
        { new("Accounts", false, false, false, false, RequiresUser: true, RequiresPolicy: false, RateLimited: true), [401, 429] },
        // DELETE /api/users/{id}: admin only, an id in the path.
        { new("Administration", false, false, HasPathParameters: true, StartsWork: false, RequiresUser: true, RequiresPolicy: true, RateLimited: true), [401, 403, 404, 429] },
        // GET /api/catalog/movies/{id}: TMDB behind it.
        { new("Catalog", false, false, true, false, true, false, true), [401, 404, 429, 502, 503, 504] },
        // POST /api/playback/sessions: reads the source.
        { new("Playback", true, true, false, StartsWork: true, RequiresUser: true, RequiresPolicy: false, RateLimited: true), [400, 401, 409, 413, 422, 429, 502, 503, 504] },
        // GET /api/playback/sessions/{id}: no source read.
        { new("Playback", false, false, true, false, true, false, true), [401, 404, 429] },
        // health: anonymous and not rate limited.
        { new(null, false, false, false, false, false, false, RateLimited: false), [] },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void Error_responses_follow_from_what_the_endpoint_does(EndpointTraits endpoint, int[] expected) =>
        Assert.Equal(expected, ProblemResponses.For(endpoint));
}
