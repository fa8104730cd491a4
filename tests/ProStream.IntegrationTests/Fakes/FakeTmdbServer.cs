using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProStream.IntegrationTests.Fakes;

/// <summary>
/// TMDB v3 on loopback, faithful to ../shared/upstreams.md §1: routes under <c>/3</c>, auth by
/// <c>api_key</c> or Bearer read token (401 code 7 otherwise), paged envelopes (page 1…500,
/// else 400 code 22), <c>""</c> dates, null image paths, <c>append_to_response</c> keys,
/// videos filtered by language unless <c>include_video_language</c> widens them, 404 code 34.
/// Tests can make it slow or failing and read what it was asked.
/// </summary>
public sealed class FakeTmdbServer : FakeUpstreamServer
{
    public const string ApiKey = "0123456789abcdef0123456789abcdef";
    public const string ReadAccessToken = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJwcm9zdHJlYW0tdGVzdCJ9.c2lnbmF0dXJlLW9mLXRoZS1mYWtl";
    public const string ImageBase = "https://images.tmdb.test/t/p/";
    public const int ListSize = 45;
    public const int PageSize = 20;

    private readonly ConcurrentQueue<(string Path, IQueryCollection Query, string? Authorization)> _requests = new();

    /// <summary>The base URL to configure as <c>Tmdb:BaseUrl</c> (TMDB's <c>/3</c> prefix included).</summary>
    public string ApiBase => new Uri(BaseAddress, "3").ToString();

    /// <summary>Delay before every answer (honours the client giving up).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, every request under <c>/3</c> gets this answer instead.</summary>
    public FakeFailure? Failure { get; set; }

    public IReadOnlyList<(string Path, IQueryCollection Query, string? Authorization)> Requests => [.. _requests];

    /// <summary>When set, the results (TMDB list items) of a search, by its query; otherwise the generated list.</summary>
    public Func<string, object[]>? SearchResultsFor { get; set; }

    public IQueryCollection LastQuery(string path) => _requests.Last(r => r.Path == path).Query;

    protected override void Map(IEndpointRouteBuilder routes)
    {
        var tmdb = routes.MapGroup("/3").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            _requests.Enqueue((http.Request.Path.Value!, http.Request.Query, http.Request.Headers.Authorization.ToString()));
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, http.RequestAborted);
            }

            if (Failure is { } failure)
            {
                if (failure.RetryAfter is { } wait)
                {
                    http.Response.Headers.RetryAfter = wait;
                }

                return Results.Content(failure.Body, failure.ContentType, statusCode: failure.Status);
            }

            return Authorized(http.Request) ? await next(context) : Error(401, 7, "Invalid API key: You must be granted a valid key.");
        });

        tmdb.MapGet("/configuration", () => Results.Json(TmdbData.Configuration));
        tmdb.MapGet("/search/{kind}", (string kind, HttpRequest request) => SearchResultsFor is { } results
            ? Paged(request, page => OnePage(results(request.Query["query"].FirstOrDefault() ?? "")))
            : Paged(request, page => TmdbData.ListPage(kind, page, Language(request), PageSize, ListSize)));
        tmdb.MapGet("/movie/{list}", (string list, HttpRequest request) =>
            list is "popular" or "top_rated" or "now_playing" or "upcoming"
                ? Paged(request, page => TmdbData.ListPage("movie", page, Language(request), PageSize, ListSize))
                : NotFound());
        tmdb.MapGet("/tv/popular", (HttpRequest request) =>
            Paged(request, page => TmdbData.ListPage("tv", page, Language(request), PageSize, ListSize)));
        tmdb.MapGet("/trending/{media}/{window}", (string media, string window, HttpRequest request) =>
            media is "all" or "movie" or "tv" or "person" && window is "day" or "week"
                ? Paged(request, page => TmdbData.ListPage(media == "all" ? "multi" : media, page, Language(request), PageSize, ListSize))
                : NotFound());
        tmdb.MapGet("/discover/movie", (HttpRequest request) =>
            Paged(request, page => TmdbData.ListPage("movie", page, Language(request), PageSize, ListSize)));
        tmdb.MapGet("/genre/{kind}/list", (string kind, HttpRequest request) =>
            kind is "movie" or "tv" ? Results.Json(TmdbData.Genres(kind, Language(request))) : NotFound());
        tmdb.MapGet("/movie/{id:int}", (int id, HttpRequest request) => id is TmdbData.FightClub or TmdbData.Dune
            ? Results.Json(TmdbData.Movie(Language(request), Appended(request), VideoLanguages(request), id))
            : NotFound());
        tmdb.MapGet("/tv/{id:int}", (int id, HttpRequest request) =>
            id == TmdbData.GameOfThrones ? Results.Json(TmdbData.Show(Language(request), Appended(request), VideoLanguages(request))) : NotFound());
        tmdb.MapGet("/tv/{id:int}/season/{season:int}", (int id, int season, HttpRequest request) =>
            id == TmdbData.GameOfThrones && season is 0 or 1 ? Results.Json(TmdbData.Season(season, Language(request))) : NotFound());
        routes.MapFallback(() => NotFound());
    }

    private static bool Authorized(HttpRequest request) =>
        request.Query["api_key"] == ApiKey || request.Headers.Authorization == $"Bearer {ReadAccessToken}";

    private static string Language(HttpRequest request) => request.Query["language"].FirstOrDefault() ?? "en-US";

    private static HashSet<string> Appended(HttpRequest request) =>
        [.. (request.Query["append_to_response"].FirstOrDefault() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    // TMDB filters videos to the request language unless include_video_language says otherwise; "null" = untagged.
    private static HashSet<string?> VideoLanguages(HttpRequest request) =>
        request.Query["include_video_language"].FirstOrDefault() is { } list
            ? [.. list.Split(',').Select(l => l == "null" ? null : l)]
            : [Language(request).Split('-')[0]];

    private static IResult Paged(HttpRequest request, Func<int, object> page)
    {
        var raw = request.Query["page"].FirstOrDefault() ?? "1";
        return int.TryParse(raw, out var number) && number is >= 1 and <= 500
            ? Results.Json(page(number))
            : Error(400, 22, "Invalid page: Pages start at 1 and max at 500. They are expected to be an integer.");
    }

    private static object OnePage(object[] results) => new { page = 1, results, total_pages = 1, total_results = results.Length };

    private static IResult NotFound() => Error(404, 34, "The resource you requested could not be found.");

    public static IResult Error(int status, int code, string message) =>
        Results.Json(new { success = false, status_code = code, status_message = message }, statusCode: status);

    public static string ErrorBody(int code, string message) =>
        $$"""{"success":false,"status_code":{{code}},"status_message":"{{message}}"}""";
}

/// <summary>An answer the fake gives instead of the real one.</summary>
public sealed record FakeFailure(int Status, string Body, string? RetryAfter = null, string ContentType = "application/json");
