using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>The ways a client proves who it is, as the OpenAPI document names them.</summary>
internal static class OpenApiSecurity
{
    public const string Bearer = "Bearer";

    public static void AddSchemes(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /api/auth/login.",
        };
    }

    /// <summary>One requirement per scheme: any one of them is enough.</summary>
    public static List<OpenApiSecurityRequirement> Requirements(OpenApiDocument document) =>
        [new() { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];
}
