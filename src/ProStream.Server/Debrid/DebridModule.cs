using Microsoft.Extensions.Options;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Debrid.Availability;
using ProStream.Server.Hosting.Resilience;
using ProStream.Server.Releases;

namespace ProStream.Server.Debrid;

public static class DebridModule
{
    private const long MaxResponseBytes = 8 * 1024 * 1024;

    public static IHostApplicationBuilder AddDebrid(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AllDebridOptions>().BindConfiguration(AllDebridOptions.Section)
            .Validate(AllDebridOptions.IsValid,
                "AllDebrid__BaseUrl must be an absolute http(s) URL, AllDebrid__Proxy an absolute proxy URL, AllDebrid__Agent non-empty, the timeouts positive, "
                + "AllDebrid__InstantCandidates 0-50, AllDebrid__InstantDeadline at most a minute, AllDebrid__InstantConcurrency 1-10 and AllDebrid__InstantRequestsPerSecond 1-12.")
            .ValidateOnStart();
        builder.Services.AddHttpClient<AllDebridClient>(http => http.MaxResponseContentBufferSize = MaxResponseBytes)
            .ConfigurePrimaryHttpMessageHandler(services => Handler(services.GetRequiredService<IOptions<AllDebridOptions>>().Value))
            .AddUpstreamResilience(AllDebridClient.Upstream, services => services.GetRequiredService<IOptions<AllDebridOptions>>().Value.Timeout);
        builder.Services.AddScoped<ReleaseUploader>();
        builder.Services.AddScoped<DebridService>();
        builder.Services.AddSingleton<InstantCheckGate>();
        builder.Services.AddScoped<InstantCheckRun>();
        builder.Services.AddSingleton<InstantAvailability>();
        builder.Services.AddSingleton<IInstantAvailability>(services => services.GetRequiredService<InstantAvailability>());
        builder.Services.AddScoped<MagnetOwnership>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDebrid(this IEndpointRouteBuilder app)
    {
        app.MapDebridEndpoints();
        return app;
    }

    private static SocketsHttpHandler Handler(AllDebridOptions options)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        // Without AllDebrid__Proxy the handler keeps the environment's proxy, as before.
        if (options.ProxyUri is { } proxy)
        {
            OutboundProxy.Apply(handler, proxy.OriginalString);
        }

        return handler;
    }
}
