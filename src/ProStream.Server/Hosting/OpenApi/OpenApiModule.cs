using Scalar.AspNetCore;

namespace ProStream.Server.Hosting.OpenApi;

public static class OpenApiModule
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOpenApi(options => options
            .AddDocumentTransformer<DocumentInfoTransformer>()
            .AddOperationTransformer<OperationConventionsTransformer>()
            .AddSchemaTransformer<OptionalMembersTransformer>());
        return services;
    }

    /// <summary>
    /// The document at <c>/openapi/v1.json</c> and an interactive UI at <c>/docs</c> that shows our API
    /// and nothing else: no AI agent, MCP, SDK or deploy promotion, no telemetry, no fonts or request
    /// proxy on Scalar's hosts. The bundle is served by the package itself, so the page works offline.
    /// </summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs", scalar => scalar
            .WithTitle("ProStream API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddPreferredSecuritySchemes(OpenApiSecurity.Bearer)
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .DisableDefaultFonts()
            .HideClientButton()
            .HideDeveloperTools())
            .AllowAnonymous();
        return app;
    }
}
