using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Metrics;

namespace ProStream.Server.Hosting.Observability;

public static class ObservabilityModule
{
    /// <summary>Every feature's meter is named <c>ProStream.Feature</c> and exported as <c>prostream_…</c>.</summary>
    public const string MeterPrefix = "ProStream.";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        AddJsonLogs(builder);
        builder.Services.AddHttpLogging(logging =>
        {
            // One line per request; the query string and headers are left out (tokens, keys).
            logging.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            logging.CombineLogs = true;
        });
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(MeterPrefix + "*")
            .AddView(HostnameFreeMetrics.View)
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication UseObservability(this WebApplication app)
    {
        // Stream files are not logged per request: their paths carry the session's access token,
        // and a player asks for one every few seconds (the playback metrics count them instead).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(StreamFilesPath), branch => branch.UseHttpLogging());
        return app;
    }

    /// <summary>Where playback serves playlists and segments.</summary>
    public const string StreamFilesPath = "/hls";

    public static WebApplication MapMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().DisableRateLimiting();
        if (options.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
        }

        return app;
    }

    private static void AddJsonLogs(IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        });
    }
}
