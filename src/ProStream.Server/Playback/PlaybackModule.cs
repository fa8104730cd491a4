using Microsoft.Extensions.DependencyInjection.Extensions;
using ProStream.Server.Hosting.Health;
using ProStream.Server.Hosting.Resilience;
using ProStream.Server.Playback.Cluster;
using ProStream.Server.Playback.Endpoints;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback;

public static class PlaybackModule
{
    public static IHostApplicationBuilder AddPlayback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlaybackOptions>()
            .BindConfiguration(PlaybackOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PlaybackMetrics>();
        builder.Services.AddOptions<PlaybackOptions>()
            .Validate(o => OutboundProxy.IsValid(o.SourceProxy), "Playback:SourceProxy must be an http(s):// or socks4/5:// URL.")
            .Validate(o => o.AllowedSourceNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Playback:AllowedSourceNetworks entries must be CIDR networks.");
        builder.Services.TryAddSingleton<SourceResolver>();
        builder.Services.AddSingleton<SourceGuard>();
        builder.Services.AddSingleton<SourceRelay>();
        builder.Services.AddTransient<SessionSourceOpener>();
        builder.Services.AddSingleton<PlaybackWorkDirectory>();
        builder.AddPlaybackCluster();
        builder.Services.AddSingleton<PlaybackSessionRegistry>();
        builder.Services.AddSingleton<FfmpegToolCheck>();
        builder.Services.AddHostedService(s => s.GetRequiredService<FfmpegToolCheck>());
        builder.Services.AddSingleton<Identity.IUserAccessEnder>(s => s.GetRequiredService<PlaybackSessionRegistry>());
        builder.Services.AddSingleton<MediaProber>();
        builder.Services.AddTransient<PlaybackSessionStarter>();
        // No overall timeout: SourceReader puts deadlines on the headers and on every read instead.
        builder.Services.AddHttpClient<SourceReader>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services => SourceReader.CreateHandler(
                services.GetRequiredService<SourceGuard>(), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlaybackOptions>>().Value))
            .RemoveAllLoggers();
        builder.Services.AddTransient<PlaybackEngine>();
        builder.Services.AddHostedService<PlaybackReaper>();
        builder.Services.AddHealthChecks().AddCheck<FfmpegHealthCheck>("ffmpeg", tags: [HealthModule.ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapPlayback(this IEndpointRouteBuilder app)
    {
        app.MapPlaybackSessionEndpoints();
        app.MapHlsFileEndpoints();
        return app;
    }
}
