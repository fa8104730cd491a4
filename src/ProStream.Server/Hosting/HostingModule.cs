using System.Text.Json.Serialization;
using ProStream.Server.Hosting.Backup;
using ProStream.Server.Hosting.BasePath;
using ProStream.Server.Hosting.Caching;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.Health;
using ProStream.Server.Hosting.Observability;
using ProStream.Server.Hosting.OpenApi;
using ProStream.Server.Hosting.RateLimiting;

namespace ProStream.Server.Hosting;

/// <summary>Cross-cutting concerns every feature relies on.</summary>
public static class HostingModule
{
    /// <summary>Where the server listens unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrls = "http://localhost:8080";

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddOptions<ProStreamOptions>().BindConfiguration(ProStreamOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UpstreamMetrics>();
        builder.Services.AddErrorHandling();
        builder.Services.AddValidation();
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddApiDocumentation();
        builder.Services.AddHealth();
        builder.Services.AddBackup();
        builder.AddCaching();
        builder.AddObservability();
        builder.AddRateLimiting();
        return builder;
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseBasePath();
        app.UseForwardedClientAddress();
        app.UseObservability();
        app.UseErrorHandling();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapHosting(this WebApplication app)
    {
        app.MapHealth();
        app.MapMetrics();
        app.MapApiDocumentation();
        app.MapBackup();
        ServerVersion.MapVersion(app);
        return app;
    }
}
