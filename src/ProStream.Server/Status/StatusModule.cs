using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProStream.Server.Hosting.Caching;
using ProStream.Server.Identity;

namespace ProStream.Server.Status;

/// <summary>The admin status page's server side: is each service configured, reachable, how fast, what failed last.</summary>
public static class StatusModule
{
    public static IHostApplicationBuilder AddStatus(this IHostApplicationBuilder builder)
    {
        var redisConfigured = !string.IsNullOrWhiteSpace(builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>()?.Configuration);
        builder.Services.AddOptions<StatusOptions>().BindConfiguration(StatusOptions.Section);
        builder.Services.AddSingleton<LastErrors>();
        builder.Services.AddScoped<StatusService>();
        builder.Services.AddScoped<IServiceProbe, TmdbProbe>();
        builder.Services.AddScoped<IServiceProbe, ProwlarrProbe>();
        builder.Services.AddScoped<IServiceProbe, AllDebridProbe>();
        builder.Services.AddScoped<IServiceProbe>(s => new HealthCheckProbe(
            "Redis", "redis", redisConfigured, "Optional: set Redis__Configuration to share the cache between instances.", s.GetRequiredService<HealthCheckService>()));
        builder.Services.AddScoped<IServiceProbe, DatabaseProbe>();
        builder.Services.AddScoped<IServiceProbe>(s => new HealthCheckProbe(
            "ffmpeg", "ffmpeg", true, "", s.GetRequiredService<HealthCheckService>()));
        return builder;
    }

    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/status", GetStatus).WithTags("Administration").RequireAuthorization(Roles.AdminPolicy)
            .WithSummary("Each service the server depends on (TMDB, Prowlarr, AllDebrid, Redis, database, ffmpeg): configured, reachable, latency, last error.");
        return app;
    }

    private static async Task<Ok<AdminStatusDto>> GetStatus(StatusService status, CancellationToken ct) =>
        TypedResults.Ok(await status.CheckAsync(ct));
}
