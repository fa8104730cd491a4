namespace ProStream.Server.Hosting.Errors;

/// <summary>
/// An upstream service (TMDB, Prowlarr, AllDebrid…) failed or refused; the problem names it in
/// its title and in an <c>upstream</c> member so a client can tell whose fault it is.
/// </summary>
public class UpstreamException : ProblemException
{
    public UpstreamException(string upstream, int statusCode, string detail)
        : base(statusCode, $"{upstream}: {Describe(statusCode)}", detail)
    {
        Upstream = upstream;
        Extensions = new Dictionary<string, object?> { ["upstream"] = upstream };
    }

    public string Upstream { get; }

    public static UpstreamException BadGateway(string upstream, string detail) =>
        new(upstream, StatusCodes.Status502BadGateway, detail);

    public static UpstreamException Unavailable(string upstream, string detail, int? retryAfterSeconds = null) =>
        new(upstream, StatusCodes.Status503ServiceUnavailable, detail) { RetryAfterSeconds = retryAfterSeconds };

    public static UpstreamException Timeout(string upstream, string detail) =>
        new(upstream, StatusCodes.Status504GatewayTimeout, detail);

    private static string Describe(int statusCode) => statusCode switch
    {
        StatusCodes.Status502BadGateway => "bad gateway",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        StatusCodes.Status504GatewayTimeout => "timed out",
        StatusCodes.Status404NotFound => "not found",
        StatusCodes.Status422UnprocessableEntity => "refused the request",
        _ => "upstream error",
    };
}
