using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>AllDebrid answered HTTP 429 (it allows 12 requests a second and 600 a minute): 503, retry after its delay.</summary>
public sealed class AllDebridRateLimitedException : UpstreamException
{
    public AllDebridRateLimitedException(int retryAfterSeconds)
        : base(AllDebridClient.Upstream, StatusCodes.Status503ServiceUnavailable, "Service unavailable", "AllDebrid is rate limiting requests; try again shortly.")
    {
        RetryAfterSeconds = retryAfterSeconds;
    }

    public TimeSpan RetryAfter => TimeSpan.FromSeconds(RetryAfterSeconds ?? 0);
}
