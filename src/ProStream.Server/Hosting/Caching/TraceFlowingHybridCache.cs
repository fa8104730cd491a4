using System.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;

namespace ProStream.Server.Hosting.Caching;

/// <summary>
/// HybridCache runs a missing entry's factory on the thread pool without the caller's execution context,
/// so the upstream calls, retries and logs it causes would lose the request's trace (no TraceId on their
/// log lines). This decorator hands the caller's <see cref="Activity"/> to the factory; every feature's
/// cache lookup goes through it, so there is one place for the rule.
/// </summary>
public sealed class TraceFlowingHybridCache(HybridCache inner) : HybridCache
{
    /// <summary>Replaces the registered HybridCache with itself around it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(HybridCache));
        services.Remove(registered);
        services.AddSingleton<HybridCache>(provider => new TraceFlowingHybridCache((HybridCache)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))));
    }

    public override ValueTask<T> GetOrCreateAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions? options = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        inner.GetOrCreateAsync(
            key,
            (state, factory, Caller: Activity.Current),
            static (s, token) =>
            {
                Activity.Current ??= s.Caller;
                return s.factory(s.state, token);
            },
            options,
            tags,
            cancellationToken);

    public override ValueTask SetAsync<T>(string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default) =>
        inner.SetAsync(key, value, options, tags, cancellationToken);

    public override ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default) =>
        inner.RemoveAsync(key, cancellationToken);

    public override ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default) =>
        inner.RemoveByTagAsync(tag, cancellationToken);
}
