namespace ProStream.Server.Hosting.OpenApi;

/// <summary>What the OpenAPI document needs to know about an endpoint to list the errors it can answer.</summary>
public sealed record EndpointTraits(
    string? Tag, bool HasInput, bool HasBody, bool HasPathParameters, bool StartsWork, bool RequiresUser, bool RequiresPolicy, bool RateLimited);

/// <summary>
/// The error statuses an operation can answer, from traits every endpoint shares: validation (400),
/// authentication (401) and authorization (403), unknown ids in the path (404), bodies over the
/// size limit (413), the rate limiter
/// (429) and, for features that call upstream services or read sources, their failures.
/// Statuses an endpoint declares itself (<c>ProducesProblem</c>) are kept as well.
/// </summary>
public static class ProblemResponses
{
    private static readonly Dictionary<string, int[]> ByTag = new(StringComparer.Ordinal)
    {
        ["Catalog"] = [502, 503, 504],
        ["Releases"] = [502, 503, 504],
        ["Debrid"] = [422, 502, 503, 504],
        ["Play"] = [409, 422, 502, 503, 504],
    };

    // Starting a session reads the source (and is refused with 409 when its owner changes meanwhile); reading, ending or reporting on one does not.
    private static readonly int[] StartingPlayback = [409, 422, 502, 503, 504];

    public static SortedSet<int> For(EndpointTraits endpoint)
    {
        var statuses = new SortedSet<int>();
        if (endpoint.HasInput)
        {
            statuses.Add(400);
        }

        if (endpoint.RequiresUser)
        {
            statuses.Add(401);
        }

        if (endpoint.RequiresPolicy)
        {
            statuses.Add(403);
        }

        if (endpoint.HasPathParameters)
        {
            statuses.Add(404);
        }

        if (endpoint.HasBody)
        {
            statuses.Add(413);
        }

        if (endpoint.RateLimited)
        {
            statuses.Add(429);
        }

        if (endpoint.Tag is { } tag && ByTag.TryGetValue(tag, out var upstream))
        {
            statuses.UnionWith(upstream);
        }

        if (endpoint is { Tag: "Playback", StartsWork: true })
        {
            statuses.UnionWith(StartingPlayback);
        }

        return statuses;
    }

    public static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        413 => "Payload too large",
        422 => "Unprocessable",
        429 => "Too many requests",
        502 => "Upstream error",
        503 => "Service unavailable",
        504 => "Upstream timeout",
        _ => "Error",
    };

    public static string Description(int status) => status switch
    {
        400 => "The request is invalid; `errors` names each field.",
        401 => "No valid access token or API key.",
        403 => "The account may not do this.",
        404 => "Nothing with this id (or it belongs to someone else).",
        409 => "The request conflicts with the current state.",
        413 => "The request body is too large.",
        422 => "The request is well-formed but cannot be carried out (e.g. the source cannot be played).",
        429 => "Too many requests; retry after `Retry-After` seconds.",
        502 => "An upstream service answered with an error.",
        503 => "An upstream service is not configured or unavailable; retry later.",
        504 => "An upstream service did not answer in time.",
        _ => "Error.",
    };
}
