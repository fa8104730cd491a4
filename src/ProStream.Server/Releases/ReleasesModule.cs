using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Caching;
using ProStream.Server.Hosting.Resilience;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Releases;

public static class ReleasesModule
{
    /// <summary>Largest Prowlarr answer read (a search over many indexers, or a .torrent).</summary>
    private const long MaxResponseBytes = 16 * 1024 * 1024;

    public static IHostApplicationBuilder AddReleases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProwlarrOptions>().BindConfiguration(ProwlarrOptions.Section)
            .Validate(ProwlarrOptions.IsValid, "Prowlarr__BaseUrl must be an absolute http(s) URL and Prowlarr__Timeout between 0 and 5 minutes.")
            .ValidateOnStart();
        builder.Services.AddHttpClient<ProwlarrClient>(http => http.MaxResponseContentBufferSize = MaxResponseBytes)
            // Redirects are handled by hand: Prowlarr's download proxy answers 301 to magnet: links.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddUpstreamResilience(ProwlarrClient.Upstream, services => services.GetRequiredService<IOptions<ProwlarrOptions>>().Value.Timeout);
        builder.Services.AddSingleton<ReleaseStore>();
        builder.Services.AddScoped<ReleaseSearch>();
        builder.Services.AddScoped<ViewerRankingPreferences>();
        builder.Services.AddScoped<ReleaseOrderer>();
        builder.Services.AddSingleton<IHybridCacheSerializer<Release>>(new JsonCacheSerializer<Release>(ReleasesJsonContext.Default.Release));
        builder.Services.AddSingleton<IHybridCacheSerializer<List<Release>>>(
            new JsonCacheSerializer<List<Release>>(ReleasesJsonContext.Default.ListRelease));
        return builder;
    }

    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app)
    {
        app.MapReleaseEndpoints();
        return app;
    }
}
