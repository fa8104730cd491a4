using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace ProStream.IntegrationTests.Operations;

/// <summary>Redis as HybridCache's shared second level, and the server's behaviour while it is away.</summary>
public sealed class RedisCacheTests
{
    private static readonly HybridCacheEntryOptions Options = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    [Fact]
    public async Task A_value_cached_by_one_instance_is_served_to_another_from_redis()
    {
        await using var redis = new RedisServer();
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration };
        await using var first = new ProStreamApp(settings);
        await using var second = new ProStreamApp(settings);
        // Both instances connect to Redis in the background; start once they are connected.
        await WaitUntil(async () => await RedisStatus(first.Anonymous()) == "Healthy");
        await WaitUntil(async () => await RedisStatus(second.Anonymous()) == "Healthy");
        var calls = 0;

        var a = await Cache(first).GetOrCreateAsync("shared-key", _ => { calls++; return ValueTask.FromResult("from-upstream"); }, Options);
        // The write to Redis may finish after the first caller has its answer.
        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await WaitUntil(async () => await direct.GetDatabase().KeyExistsAsync("prostream:shared-key"));
        var b = await Cache(second).GetOrCreateAsync("shared-key", _ => { calls++; return ValueTask.FromResult("second-call"); }, Options);

        Assert.Equal("from-upstream", a);
        Assert.Equal("from-upstream", b);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Without_redis_the_server_answers_from_memory_reports_degraded_and_uses_redis_again_when_back()
    {
        await using var redis = new RedisServer();
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        var client = app.Anonymous();
        Assert.Equal("Healthy", await RedisStatus(client));

        await redis.StopAsync();
        var value = await Cache(app).GetOrCreateAsync("while-down", _ => ValueTask.FromResult(42), Options);
        Assert.Equal(42, value);
        Assert.Equal("Degraded", await RedisStatus(client));
        using (var ready = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        redis.Start();
        await WaitUntil(async () => await RedisStatus(client) == "Healthy");
        await Cache(app).GetOrCreateAsync("after-return", _ => ValueTask.FromResult(7), Options);
        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        Assert.True(await direct.GetDatabase().KeyExistsAsync("prostream:after-return"));
    }

    private static HybridCache Cache(ProStreamApp app) => app.Services.GetRequiredService<HybridCache>();

    private static async Task<string?> RedisStatus(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "redis").GetProperty("status").GetString();
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100 && !await condition(); attempt++)
        {
            await Task.Delay(200);
        }
    }
}
