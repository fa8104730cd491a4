using Microsoft.AspNetCore.Routing.Patterns;

namespace ProStream.Server.Hosting.WebUi;

/// <summary>
/// The web UI: plain files from <c>wwwroot</c> (no build step) and, for a GET of any other path that is
/// not the server's (<see cref="ClientRouteConstraint"/>), <c>index.html</c>, so that deep links such as
/// <c>/title/movie/550</c> open the app; unknown <c>/api/…</c> paths stay 404 problems.
/// <c>UseStaticFiles</c> rather than <c>MapStaticAssets</c>: the latter serves the SDK's compressed copies,
/// which exist only where the build wrote them, not where the tests run the server from.
/// </summary>
public static class WebUiModule
{
    /// <summary>What the UI may load: its own scripts, styles and API; posters from TMDB's HTTPS CDN;
    /// media and hls.js's worker from blob: URLs (Media Source Extensions).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
        + "media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:; font-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string IndexFile = "index.html";

    public static WebApplication UseWebUi(this WebApplication app)
    {
        var page = new IndexPage(Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), IndexFile));
        // index.html only ever goes out through the page below, with the request's base path in it.
        app.UseWhen(context => !context.Request.Path.Equals("/" + IndexFile, StringComparison.OrdinalIgnoreCase), files => files.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                AddSecurityHeaders(file.Context.Response);
                // No build step, so no fingerprinted names: revalidate every time (ETag / Last-Modified answer 304).
                file.Context.Response.Headers.CacheControl = "no-cache";
            },
        }));

        var clientRoutes = RoutePatternFactory.Parse("{*path}", defaults: null, parameterPolicies: new { path = new ClientRouteConstraint() });
        app.Map(clientRoutes, (HttpContext context) =>
            {
                AddSecurityHeaders(context.Response);
                // The app's own router reads the path; the page itself is always the same, so revalidate it.
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Content(page.For(context.Request.PathBase), "text/html; charset=utf-8");
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithOrder(int.MaxValue)
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithDisplayName("Web UI: index.html for the app's own routes");
        return app;
    }

    internal static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
