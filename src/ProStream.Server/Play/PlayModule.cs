namespace ProStream.Server.Play;

public static class PlayModule
{
    public static IHostApplicationBuilder AddPlay(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlayOptions>().BindConfiguration(PlayOptions.Section)
            .Validate(PlayOptions.IsValid, "Play__MaxAttempts must be 1-10 and Play__ReadyTimeout between 0 and 5 minutes.")
            .ValidateOnStart();
        builder.Services.AddScoped<ReleasePlayer>();
        builder.Services.AddScoped<PlayOrchestrator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPlay(this IEndpointRouteBuilder app)
    {
        app.MapPlayEndpoints();
        return app;
    }
}
