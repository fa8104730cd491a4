using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>
/// Gives every operation what the endpoints share, in one place instead of on each endpoint:
/// an operationId, a description, its security (none for anonymous operations), every error
/// response it can answer as ProblemDetails with an example, and request/response examples.
/// </summary>
internal sealed class OperationConventionsTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var traits = Traits(description);
        operation.OperationId ??= OperationIds.For(description.HttpMethod ?? "get", description.RelativePath ?? "");
        if (string.IsNullOrEmpty(operation.Description))
        {
            operation.Description = operation.Summary;
        }

        operation.Security = traits.RequiresUser ? OpenApiSecurity.Requirements(context.Document!) : [];
        await AddProblemResponsesAsync(operation, context, traits, cancellationToken);
        AddExamples(operation, description);
    }

    private static EndpointTraits Traits(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var parameters = description.ParameterDescriptions;
        return new EndpointTraits(
            Tag: metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault(),
            // A malformed path parameter fails its route constraint: that is a 404, not a 400.
            HasInput: parameters.Any(p => p.Source is { IsFromRequest: true } && p.Source != BindingSource.Path),
            HasBody: parameters.Any(p => p.Source == BindingSource.Body),
            HasPathParameters: parameters.Any(p => p.Source == BindingSource.Path),
            StartsWork: description.HttpMethod == "POST" && !parameters.Any(p => p.Source == BindingSource.Path),
            RequiresUser: authorize.Count > 0 && !anonymous,
            RequiresPolicy: !anonymous && authorize.Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)),
            RateLimited: !metadata.OfType<DisableRateLimitingAttribute>().Any());
    }

    private static async Task AddProblemResponsesAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, EndpointTraits traits, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchema.Name) != true)
        {
            document.AddComponent(ProblemSchema.Name, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        operation.Responses ??= [];
        var declared = operation.Responses.Keys.Where(k => k.Length == 3 && k[0] is '4' or '5').Select(int.Parse);
        var instance = "/" + context.Description.RelativePath;
        foreach (var status in ProblemResponses.For(traits).Union(declared).Order())
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = ProblemResponses.Description(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new()
                    {
                        Schema = new OpenApiSchemaReference(ProblemSchema.Name, document),
                        Example = OpenApiExamples.Problem(status, instance),
                    },
                },
            };
        }
    }

    private static void AddExamples(OpenApiOperation operation, Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description)
    {
        var body = description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (OpenApiExamples.For(body) is { } request && operation.RequestBody?.Content is { } requestContent)
        {
            SetExample(requestContent, request);
        }

        foreach (var response in description.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300))
        {
            var key = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (OpenApiExamples.For(response.Type) is { } example && operation.Responses?.GetValueOrDefault(key)?.Content is { } content)
            {
                SetExample(content, example);
            }
        }
    }

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, JsonNode example)
    {
        foreach (var media in content.Values)
        {
            media.Example = example.DeepClone();
        }
    }
}
