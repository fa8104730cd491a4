namespace ProStream.Server.Library;

public static class LibraryModule
{
    public static IHostApplicationBuilder AddLibrary(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ViewingHistory>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLibrary(this IEndpointRouteBuilder app)
    {
        app.MapWatchlistEndpoints();
        app.MapHistoryEndpoints();
        return app;
    }
}
