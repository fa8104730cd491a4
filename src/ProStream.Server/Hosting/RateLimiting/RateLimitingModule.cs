using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ProStream.Server.Hosting.RateLimiting;

public static class RateLimitingModule
{
    /// <summary>Policy names features put on their route groups.</summary>
    public const string AuthPolicy = "auth";
    public const string SessionsPolicy = "sessions";
    public const string SegmentsPolicy = "segments";

    public static IHostApplicationBuilder AddRateLimiting(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = OnRejected;
            if (!options.Enabled)
            {
                return;
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsCoveredByPolicy(context) ? RateLimitPartition.GetNoLimiter("policy") : Window(PartitionKey(context), options.Global));
            limiter.AddPolicy(AuthPolicy, context => Window("ip:" + ClientIp(context), options.Auth));
            limiter.AddPolicy(SessionsPolicy, context => Window(PartitionKey(context), options.Sessions));
            limiter.AddPolicy(SegmentsPolicy, context => Window(PartitionKey(context), options.Segments));
        });
        return builder;
    }

    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    // An endpoint with a named policy is limited by that policy alone, not twice.
    private static bool IsCoveredByPolicy(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
        || context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null
        || !context.Request.Path.StartsWithSegments("/api");

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { } user ? "user:" + user : "ip:" + ClientIp(context);

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejected(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many requests; try again in {retryAfter} seconds.",
            },
        });
    }
}
