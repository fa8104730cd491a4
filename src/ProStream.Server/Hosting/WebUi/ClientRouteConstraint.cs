namespace ProStream.Server.Hosting.WebUi;

/// <summary>
/// Matches the paths the single-page app routes itself: not the server's own prefixes and not file
/// names (a missing <c>/app.js</c> is a 404, not the page).
/// </summary>
public sealed class ClientRouteConstraint : IRouteConstraint
{
    /// <summary>First path segments that belong to the server, never to the app.</summary>
    public static readonly IReadOnlySet<string> ServerPrefixes =
        new HashSet<string>(["api", "hls", "health", "metrics", "openapi", "docs"], StringComparer.OrdinalIgnoreCase);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        IsClientRoute(values.TryGetValue(routeKey, out var value) ? value as string : null);

    public static bool IsClientRoute(string? path)
    {
        var trimmed = (path ?? "").Trim('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? trimmed : trimmed[..slash];
        var last = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return !ServerPrefixes.Contains(first) && !last.Contains('.', StringComparison.Ordinal);
    }
}
