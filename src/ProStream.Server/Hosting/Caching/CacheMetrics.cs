using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace ProStream.Server.Hosting.Caching;

/// <summary>
/// Hits and misses of the application's caches on the <c>ProStream.Cache</c> meter. A miss is a
/// lookup whose factory ran (the value came from the upstream); anything else was a hit.
/// </summary>
public sealed class CacheMetrics
{
    public const string MeterName = "ProStream.Cache";

    private readonly Counter<long> _lookups;

    public CacheMetrics(IMeterFactory meters)
    {
        _lookups = meters.Create(MeterName).CreateCounter<long>(
            "prostream.cache.lookups", "{lookup}", "Cache lookups by kind of data and result (hit or miss).");
    }

    /// <summary>HybridCache's get-or-create, counted under <paramref name="kind"/> (e.g. <c>tmdb</c>).</summary>
    public async ValueTask<T> GetOrCreateAsync<TState, T>(
        HybridCache cache,
        string kind,
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions options,
        IEnumerable<string>? tags,
        CancellationToken ct)
    {
        var missed = false;
        var value = await cache.GetOrCreateAsync(
            key,
            (state, factory, Missed: (Action)(() => missed = true)),
            static (s, token) =>
            {
                s.Missed();
                return s.factory(s.state, token);
            },
            options,
            tags,
            ct);
        _lookups.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("result", missed ? "miss" : "hit"));
        return value;
    }
}
