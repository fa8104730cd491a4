namespace ProStream.Server.Hosting.Errors;

/// <summary>
/// A failure of an upstream service (TMDB, Prowlarr, AllDebrid…), answered as 502, 503 or 504 —
/// or as the status the upstream's answer means for our client (e.g. 404). The ProblemDetails
/// body names the upstream in <c>upstream</c>. Never put secrets or upstream URLs in the detail.
/// </summary>
public class UpstreamException : ProblemException
{
    public UpstreamException(string upstream, int statusCode, string title, string detail, Exception? inner = null)
        : base(statusCode, title, detail, inner)
    {
        Upstream = upstream;
        Extensions = new Dictionary<string, object?> { ["upstream"] = upstream };
    }

    /// <summary>Any status, titled with the status's reason phrase.</summary>
    public UpstreamException(string upstream, int statusCode, string detail)
        : this(upstream, statusCode, Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode), detail)
    {
    }

    /// <summary>The upstream's display name, e.g. <c>TMDB</c>.</summary>
    public string Upstream { get; }

    /// <summary>
    /// 503: the upstream cannot be used until the operator sets it up; <paramref name="settings"/> (environment
    /// names) go in the body as <c>settings</c>, so a client can tell this apart from a passing outage.
    /// </summary>
    public static UpstreamException NotConfigured(string upstream, string detail, params string[] settings) =>
        new(upstream, StatusCodes.Status503ServiceUnavailable, "Not configured", detail)
        {
            Extensions = new Dictionary<string, object?> { ["upstream"] = upstream, ["settings"] = settings },
        };

    /// <summary>503: the upstream is unavailable for now (rate limited, maintenance).</summary>
    public static UpstreamException Unavailable(string upstream, string detail, int? retryAfterSeconds = null) =>
        Create(upstream, StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail, retryAfterSeconds: retryAfterSeconds);

    /// <summary>502: the upstream failed or answered something unusable.</summary>
    public static UpstreamException BadGateway(string upstream, string detail, Exception? inner = null) =>
        Create(upstream, StatusCodes.Status502BadGateway, "Bad gateway", detail, inner);

    /// <summary>504: the upstream did not answer in time.</summary>
    public static UpstreamException Timeout(string upstream, string detail, Exception? inner = null) =>
        Create(upstream, StatusCodes.Status504GatewayTimeout, "Gateway timeout", detail, inner);

    /// <summary>404: the upstream does not know what was asked for.</summary>
    public static UpstreamException NotFound(string upstream, string detail) =>
        Create(upstream, StatusCodes.Status404NotFound, "Not found", detail);

    private static UpstreamException Create(
        string upstream, int status, string title, string detail, Exception? inner = null, int? retryAfterSeconds = null) =>
        new(upstream, status, title, detail, inner) { RetryAfterSeconds = retryAfterSeconds };
}
