using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Hybrid;

namespace ProStream.Server.Hosting.Caching;

/// <summary>Stores a <see cref="CachedJson{T}"/> in the distributed tier as its bytes, unchanged.</summary>
internal sealed class CachedJsonSerializer<T> : IHybridCacheSerializer<CachedJson<T>>
{
    public CachedJson<T> Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(CachedJson<T> value, IBufferWriter<byte> target) => target.Write(value.Utf8.Span);
}

/// <summary>Gives HybridCache a <see cref="CachedJsonSerializer{T}"/> for every <see cref="CachedJson{T}"/>.</summary>
internal sealed class CachedJsonSerializerFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<TValue>([NotNullWhen(true)] out IHybridCacheSerializer<TValue>? serializer)
    {
        var type = typeof(TValue);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CachedJson<>))
        {
            var serializerType = typeof(CachedJsonSerializer<>).MakeGenericType(type.GetGenericArguments()[0]);
            serializer = (IHybridCacheSerializer<TValue>)Activator.CreateInstance(serializerType)!;
            return true;
        }

        serializer = null;
        return false;
    }
}
