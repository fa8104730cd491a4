using System.Text.RegularExpressions;

namespace ProStream.Server.Hosting.BasePath;

/// <summary>
/// <c>ProStream:BasePath</c> (<c>ProStream__BasePath=/prostream</c>): the sub-path a reverse proxy serves
/// ProStream under. Requests under it have it moved from <c>Path</c> to <c>PathBase</c> (requests without it
/// still work, e.g. a container's health check on the server's own port), and every URL the server hands
/// out is built with <see cref="AppUrl"/>, the one rule: the request's <c>PathBase</c> + the app path.
/// </summary>
public static partial class BasePathModule
{
    public const string Setting = "ProStream:BasePath";

    /// <summary>The configured base path, validated; empty when unset.</summary>
    public static PathString Read(IConfiguration configuration)
    {
        var value = configuration[Setting];
        return Problem(value) is { } problem
            ? throw new InvalidOperationException($"{Setting} (ProStream__BasePath) {problem}; got \"{value}\".")
            : new PathString(string.IsNullOrEmpty(value) ? null : value);
    }

    /// <summary>Why <paramref name="value"/> cannot be a base path, or null when it can (empty means none).</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!value.StartsWith('/'))
        {
            return "must start with '/', e.g. /prostream";
        }

        if (value.EndsWith('/'))
        {
            return "must not end with '/' (use /prostream, not /prostream/)";
        }

        return SafePath().IsMatch(value)
            ? null
            : "may hold only letters, digits, '-', '_', '.' and '~' between single slashes, and no '.' or '..' segment";
    }

    /// <summary>Strips the base path, then routes (routing must see the path without it), and prefixes
    /// root-relative <c>Location</c> headers (<c>201 Created</c>, redirects) with it.</summary>
    public static WebApplication UseBasePath(this WebApplication app)
    {
        var basePath = Read(app.Configuration);
        if (basePath.HasValue)
        {
            app.UsePathBase(basePath);
            app.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    PrefixLocation(context);
                    return Task.CompletedTask;
                });
                return next(context);
            });
        }

        app.UseRouting();
        return app;
    }

    /// <summary>The URL a client uses for <paramref name="appPath"/> (root-relative, may carry a query).</summary>
    public static string AppUrl(this HttpRequest request, string appPath) => request.PathBase.Value + appPath;

    private static void PrefixLocation(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        var pathBase = context.Request.PathBase;
        if (pathBase.HasValue && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)
            && !new PathString(location.Split('?', 2)[0]).StartsWithSegments(pathBase))
        {
            context.Response.Headers.Location = context.Request.AppUrl(location);
        }
    }

    [GeneratedRegex(@"^(/(?!\.{1,2}(/|$))[A-Za-z0-9._~-]+)+$")]
    private static partial Regex SafePath();
}
