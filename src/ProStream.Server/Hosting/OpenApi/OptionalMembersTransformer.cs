using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>
/// A record's nullable constructor parameter may be left out of a request, but the generator lists
/// every constructor parameter as required. A member stays required when it is a non-nullable
/// value or carries <see cref="RequiredAttribute"/>.
/// </summary>
internal sealed class OptionalMembersTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required || context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (required.Contains(property.Name) && IsOptional(property))
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsOptional(JsonPropertyInfo property)
    {
        var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
        var marked = property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;
        return nullable && !marked && !property.IsRequired;
    }
}
