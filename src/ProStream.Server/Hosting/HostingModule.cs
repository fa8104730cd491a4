namespace ProStream.Server.Hosting;

public static class HostingModule
{
    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok());
        return app;
    }
}
