using StackExchange.Redis;

namespace ProStream.Server.Hosting.Caching;

/// <summary>Settings under <c>Redis:</c>.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>StackExchange.Redis configuration string; empty = in-memory cache only.</summary>
    public string? Configuration { get; set; }
}

public static class CachingModule
{
    /// <summary>
    /// HybridCache: memory first, then Redis when configured. Redis being away is not fatal: the
    /// connection retries in the background and the cache falls back to memory and upstreams.
    /// </summary>
    public static IHostApplicationBuilder AddCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHybridCache().AddSerializerFactory<CachedJsonSerializerFactory>();
        TraceFlowingHybridCache.Decorate(builder.Services);
        builder.Services.AddSingleton<CacheMetrics>();
        var redis = builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>();
        if (string.IsNullOrWhiteSpace(redis?.Configuration))
        {
            return builder;
        }

        var configuration = ConfigurationOptions.Parse(redis.Configuration);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 1000);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 1000);
        var connection = new Lazy<Task<IConnectionMultiplexer>>(
            async () => await ConnectionMultiplexer.ConnectAsync(configuration));
        builder.Services.AddSingleton(_ => connection.Value);
        builder.Services.AddStackExchangeRedisCache(cache =>
        {
            cache.InstanceName = "prostream:";
            cache.ConnectionMultiplexerFactory = () => connection.Value;
        });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [Health.HealthModule.ReadyTag]);
        return builder;
    }
}
