using System.Net;
using System.Text.Json;
using ProStream.Server.Catalog.Wire;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Catalog;

/// <summary>
/// What a TMDB error answer means for our client (../shared/upstreams.md §1.3). TMDB's body
/// carries its own <c>status_code</c>; the HTTP status decides, the body adds detail.
/// </summary>
internal static class TmdbErrorMapping
{
    public const string Upstream = "TMDB";

    /// <summary>Used when a 429 carries no usable <c>Retry-After</c>.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(10);

    public static UpstreamException NotConfigured() =>
        UpstreamException.NotConfigured(Upstream, "TMDB is not configured (set Tmdb__ApiKey).", "Tmdb__ApiKey");

    /// <param name="status">TMDB's HTTP status.</param>
    /// <param name="body">TMDB's body, possibly not JSON at all.</param>
    /// <param name="retryAfter">the wait TMDB asked for, if any.</param>
    /// <param name="what">what was asked for, e.g. <c>movie 550</c>, for 404 messages.</param>
    public static UpstreamException FromResponse(HttpStatusCode status, string body, TimeSpan? retryAfter, string what)
    {
        var error = TryParse(body);
        return (int)status switch
        {
            401 => UpstreamException.BadGateway(Upstream, $"TMDB rejected the API key{Code(error)}."),
            404 => UpstreamException.NotFound(Upstream, $"TMDB has no {what}."),
            429 => UpstreamException.Unavailable(
                Upstream, "TMDB's rate limit was reached; try again shortly.", RetryAfterSeconds(retryAfter ?? DefaultRetryAfter)),
            400 or 422 when error is not null => new UpstreamException(
                Upstream, StatusCodes.Status400BadRequest, "Bad request", $"TMDB refused the request: {error.StatusMessage}{Code(error)}."),
            503 => UpstreamException.Unavailable(
                Upstream, "TMDB is unavailable (maintenance or overload); try again later.", RetryAfterSeconds(retryAfter ?? DefaultRetryAfter)),
            _ => UpstreamException.BadGateway(Upstream, $"TMDB answered HTTP {(int)status}{Code(error)}."),
        };
    }

    public static UpstreamException Unparseable(Exception inner) =>
        UpstreamException.BadGateway(Upstream, "TMDB answered with a body that is not the JSON expected.", inner);

    public static UpstreamException Unreachable(Exception inner) =>
        UpstreamException.BadGateway(Upstream, "TMDB could not be reached.", inner);

    public static UpstreamException TimedOut(TimeSpan timeout, Exception inner) =>
        UpstreamException.Timeout(Upstream, $"TMDB did not answer within {timeout.TotalSeconds:0.#} s.", inner);

    public static UpstreamException CircuitOpen(Exception inner) =>
        UpstreamException.Unavailable(Upstream, "TMDB has been failing; calls are paused for a few seconds.", 5);

    private static TmdbError? TryParse(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, TmdbJsonContext.Default.TmdbError);
            return error?.StatusCode is null ? null : error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Code(TmdbError? error) => error?.StatusCode is { } code ? $" (TMDB code {code})" : "";

    private static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
