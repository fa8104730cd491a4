using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>The ways a client proves who it is, as the OpenAPI document names them.</summary>
internal static class OpenApiSecurity
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

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
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "API key from POST /api/me/api-keys, for scripts; acts as its owner.",
        };
    }

    /// <summary>One requirement per scheme: any one of them is enough.</summary>
    public static List<OpenApiSecurityRequirement> Requirements(OpenApiDocument document) =>
        [
            new() { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(ApiKey, document)] = [] },
        ];
}
