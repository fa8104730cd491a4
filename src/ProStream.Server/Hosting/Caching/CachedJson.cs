using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;

namespace ProStream.Server.Hosting.Caching;

/// <summary>
/// A cached answer kept as the UTF-8 JSON bytes it is sent as: a cache hit writes them as they
/// are, with no deserializing and serializing again. Immutable, so HybridCache's memory tier
/// hands out the same instance on every hit; Redis stores the bytes themselves.
/// </summary>
/// <typeparam name="T">what the JSON describes (for the OpenAPI document and <see cref="Read"/>).</typeparam>
[ImmutableObject(true)]
public sealed class CachedJson<T> : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private const string ContentType = "application/json; charset=utf-8";

    private readonly byte[] _utf8;

    public CachedJson(byte[] utf8) => _utf8 = utf8;

    public ReadOnlyMemory<byte> Utf8 => _utf8;

    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>Serializes <paramref name="value"/> exactly as the HTTP layer would.</summary>
    public static CachedJson<T> From(T value, JsonTypeInfo<T> typeInfo) => new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    /// <summary>The value again, for the rare in-process reader (the HTTP path never needs it).</summary>
    public T Read(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(_utf8, typeInfo)!;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = _utf8.Length;
        return response.Body.WriteAsync(_utf8, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
