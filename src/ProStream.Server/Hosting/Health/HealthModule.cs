using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProStream.Server.Hosting.Health;

public static class HealthModule
{
    /// <summary>Checks tagged with this run in readiness.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DataDirectoryWritableCheck>("data-directory", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new HealthReportDto(
            report.Status.ToString(),
            ServerVersion.Current.Version,
            report.TotalDuration.TotalMilliseconds,
            report.Entries.Select(e => new HealthCheckDto(e.Key, e.Value.Status.ToString(), e.Value.Description, e.Value.Duration.TotalMilliseconds)).ToList());
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, HealthJsonContext.Default.HealthReportDto));
    }
}

internal sealed record HealthReportDto(string Status, string Version, double DurationMs, IReadOnlyList<HealthCheckDto> Checks);

internal sealed record HealthCheckDto(string Name, string Status, string? Description, double DurationMs);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(HealthReportDto))]
internal sealed partial class HealthJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
