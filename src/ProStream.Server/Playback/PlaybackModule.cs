using ProStream.Server.Hosting.Health;
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
        builder.Services.AddSingleton<SourceGuard>();
        builder.Services.AddSingleton<PlaybackWorkDirectory>();
        builder.Services.AddSingleton<PlaybackSessionRegistry>();
        builder.Services.AddSingleton<MediaProber>();
        builder.Services.AddTransient<PlaybackSessionStarter>();
        builder.Services.AddTransient<PlaybackEngine>();
        builder.Services.AddHttpClient<SourceReader>(http => http.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(services => SourceReader.CreateHandler(services.GetRequiredService<SourceGuard>()));
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
