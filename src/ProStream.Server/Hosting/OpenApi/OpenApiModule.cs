using Scalar.AspNetCore;

namespace ProStream.Server.Hosting.OpenApi;

public static class OpenApiModule
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi(options => options
            .AddDocumentTransformer<DocumentInfoTransformer>()
            .AddOperationTransformer<OperationConventionsTransformer>()
            .AddSchemaTransformer<OptionalMembersTransformer>());
        return services;
    }

    /// <summary>The document at <c>/openapi/v1.json</c> and an interactive UI at <c>/docs</c>.</summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs", scalar => scalar
            .WithTitle("ProStream API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddPreferredSecuritySchemes(OpenApiSecurity.Bearer))
            .AllowAnonymous();
        return app;
    }
}
