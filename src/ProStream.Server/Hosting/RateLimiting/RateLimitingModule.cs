using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using StackExchange.Redis;

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
            foreach (var proxy in options.TrustedProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                forwarded.KnownIPNetworks.Add(ParseProxy(proxy.Trim()));
            }
        });

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = OnRejected;
            if (!options.Enabled)
            {
                // Endpoints still name their policies; switched off, each one lets everything through.
                foreach (var policy in (string[])[AuthPolicy, SessionsPolicy, SegmentsPolicy])
                {
                    limiter.AddPolicy(policy, _ => RateLimitPartition.GetNoLimiter("off"));
                }

                return;
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsCoveredByPolicy(context) ? RateLimitPartition.GetNoLimiter("policy") : Window(PartitionKey(context), options.Global));
            limiter.AddPolicy(AuthPolicy, context => SharedWindow(context, AuthPolicy, "ip:" + ClientIp(context), options.Auth));
            limiter.AddPolicy(SessionsPolicy, context => SharedWindow(context, SessionsPolicy, PartitionKey(context), options.Sessions));
            limiter.AddPolicy(SegmentsPolicy, context => Window(PartitionKey(context), options.Segments));
        });
        return builder;
    }

    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        // With no known proxy at all the middleware would believe every sender's X-Forwarded-For,
        // letting any client choose its own rate-limit bucket: only run it when proxies are named.
        var forwarded = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.KnownIPNetworks.Count > 0 || forwarded.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    // An address (10.0.0.2) or a range (172.16.0.0/12, e.g. a container bridge network).
    private static System.Net.IPNetwork ParseProxy(string proxy)
    {
        if (System.Net.IPNetwork.TryParse(proxy, out var network))
        {
            return network;
        }

        return IPAddress.TryParse(proxy, out var address)
            ? new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : throw new InvalidOperationException(
                $"RateLimiting:TrustedProxies holds '{proxy}', which is neither an IP address nor a CIDR range such as 172.16.0.0/12.");
    }

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    // With Redis (several instances) the guessing and ffmpeg-starting budgets are counted once for the cluster;
    // the per-request budgets stay in memory, where a lost count costs nothing.
    private static RateLimitPartition<string> SharedWindow(HttpContext context, string policy, string key, WindowLimit limit) =>
        context.RequestServices.GetService<Task<IConnectionMultiplexer>>() is { } redis
            ? RateLimitPartition.Get($"prostream:ratelimit:{policy}:{key}", shared => new SharedWindowLimiter(shared, limit, redis))
            : Window(key, limit);

    // An endpoint with a named policy is limited by that policy alone, not twice.
    private static bool IsCoveredByPolicy(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
        || context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null
        || !context.Request.Path.StartsWithSegments("/api");

    // Each API key has its own budget, apart from its owner's browser sessions.
    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(Identity.ApiKeys.ApiKeyDefaults.KeyIdClaim)?.Value is { } key ? "key:" + key
        : context.User.FindFirst("sub")?.Value is { } user ? "user:" + user
        : "ip:" + ClientIp(context);

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
