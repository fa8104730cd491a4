using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>
/// The ProblemDetails every error response names, as the server writes it: RFC 9457's members plus
/// <c>traceId</c> (every problem) and <c>errors</c> (validation problems).
/// </summary>
internal static class ProblemSchema
{
    public const string Name = "ProblemDetails";

    public static void Describe(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem details object.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI reference naming the kind of problem."),
                ["title"] = Text("A short summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
                ["detail"] = Text("What went wrong this time, for a person."),
                ["instance"] = Text("The request path."),
                ["traceId"] = Text("The W3C trace id of the request, as the server's logs carry it."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Validation problems: the messages for each invalid field.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
