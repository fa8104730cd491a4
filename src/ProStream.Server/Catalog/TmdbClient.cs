using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ProStream.Server.Catalog.Wire;
using ProStream.Server.Hosting;

namespace ProStream.Server.Catalog;

/// <summary>
/// TMDB v3 over a typed HttpClient (resilience from <see cref="CatalogModule"/>). Answers TMDB's
/// wire models; every failure becomes an <see cref="Hosting.Errors.UpstreamException"/>. The API
/// key never reaches a log line, an error or a response: the request URI carrying it is not logged.
/// </summary>
public sealed partial class TmdbClient(
    HttpClient http, IOptions<TmdbOptions> options, UpstreamMetrics metrics, TimeProvider time, ILogger<TmdbClient> logger)
{
    private const string VideoAppend = "credits,videos,external_ids";

    internal Task<TmdbPage<TmdbListItem>> SearchAsync(string kind, string query, string language, int page, CancellationToken ct) =>
        GetAsync("search", $"search/{kind}", [("query", query), ("include_adult", "false"), ("language", language), Page(page)],
            TmdbJsonContext.Default.TmdbPageTmdbListItem, "search results", ct);

    /// <summary>A paged list such as <c>movie/popular</c> or <c>trending/tv/week</c>.</summary>
    internal Task<TmdbPage<TmdbListItem>> GetListAsync(string path, string language, int page, CancellationToken ct) =>
        GetAsync(path.Split('/')[0] + "-list", path, [("language", language), Page(page)],
            TmdbJsonContext.Default.TmdbPageTmdbListItem, $"list {path}", ct);

    internal Task<TmdbPage<TmdbListItem>> DiscoverMoviesAsync(DiscoverFilter filter, string language, int page, CancellationToken ct) =>
        GetAsync("discover", "discover/movie",
            [("language", language), Page(page), ("include_adult", "false"), ("sort_by", filter.SortBy),
             ("with_genres", filter.Genres), ("primary_release_year", filter.Year?.ToString(CultureInfo.InvariantCulture))],
            TmdbJsonContext.Default.TmdbPageTmdbListItem, "discover results", ct);

    /// <summary>Details, credits, videos and external ids in one call; videos in the viewer's language, English or none, so trailers are not lost.</summary>
    internal Task<TmdbMovieDetails> GetMovieAsync(int id, string language, CancellationToken ct) =>
        GetAsync("movie", $"movie/{id}",
            [("language", language), ("append_to_response", VideoAppend), ("include_video_language", VideoLanguages(language))],
            TmdbJsonContext.Default.TmdbMovieDetails, $"movie {id}", ct);

    internal Task<TmdbTvDetails> GetTvAsync(int id, string language, CancellationToken ct) =>
        GetAsync("tv", $"tv/{id}",
            [("language", language), ("append_to_response", VideoAppend), ("include_video_language", VideoLanguages(language))],
            TmdbJsonContext.Default.TmdbTvDetails, $"show {id}", ct);

    internal Task<TmdbSeason> GetSeasonAsync(int showId, int season, string language, CancellationToken ct) =>
        GetAsync("season", $"tv/{showId}/season/{season}", [("language", language)],
            TmdbJsonContext.Default.TmdbSeason, $"season {season} of show {showId}", ct);

    internal Task<TmdbGenreList> GetGenresAsync(string kind, string language, CancellationToken ct) =>
        GetAsync("genres", $"genre/{kind}/list", [("language", language)], TmdbJsonContext.Default.TmdbGenreList, $"{kind} genre list", ct);

    internal Task<TmdbConfiguration> GetConfigurationAsync(CancellationToken ct) =>
        GetAsync("configuration", "configuration", [], TmdbJsonContext.Default.TmdbConfiguration, "configuration", ct);

    private async Task<T> GetAsync<T>(
        string operation, string path, (string Name, string? Value)[] parameters, JsonTypeInfo<T> type, string what, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw TmdbErrorMapping.NotConfigured();
        }

        var started = time.GetTimestamp();
        int? failedWith = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RelativeUri(path, parameters, settings));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (settings.UsesReadAccessToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey!.Trim());
            }

            using var response = await SendAsync(request, settings, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw TmdbErrorMapping.FromResponse(response.StatusCode, body, RetryAfter(response), what);
            }

            return Deserialize(body, type);
        }
        catch (Hosting.Errors.UpstreamException failure)
        {
            failedWith = failure.StatusCode;
            LogFailure(logger, operation, failure.StatusCode, failure.Message);
            throw;
        }
        finally
        {
            metrics.Record(TmdbErrorMapping.Upstream, operation, time.GetElapsedTime(started), failedWith);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, TmdbOptions settings, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw TmdbErrorMapping.TimedOut(settings.Timeout, timeout);
        }
        catch (BrokenCircuitException open)
        {
            throw TmdbErrorMapping.CircuitOpen(open);
        }
        catch (OperationCanceledException canceled) when (!ct.IsCancellationRequested)
        {
            throw TmdbErrorMapping.TimedOut(settings.Timeout, canceled);
        }
        catch (HttpRequestException unreachable)
        {
            throw TmdbErrorMapping.Unreachable(unreachable);
        }
    }

    private static T Deserialize<T>(string body, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("TMDB answered null.");
        }
        catch (JsonException garbage)
        {
            throw TmdbErrorMapping.Unparseable(garbage);
        }
    }

    private static string RelativeUri(string path, (string Name, string? Value)[] parameters, TmdbOptions settings)
    {
        var query = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (p.Name, Value: p.Value!)).ToList();
        if (!settings.UsesReadAccessToken)
        {
            query.Add(("api_key", settings.ApiKey!.Trim()));
        }

        return query.Count == 0
            ? path
            : path + "?" + string.Join('&', query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    private static (string, string?) Page(int page) => ("page", page.ToString(CultureInfo.InvariantCulture));

    // "fr-FR" → "fr,en,null": TMDB filters videos by language otherwise, and most trailers are English or untagged.
    private static string VideoLanguages(string language)
    {
        var primary = language.Split('-')[0];
        return primary == "en" ? "en,null" : $"{primary},en,null";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "TMDB call {Operation} failed with {Status}: {Reason}")]
    private static partial void LogFailure(ILogger logger, string operation, int status, string reason);
}
