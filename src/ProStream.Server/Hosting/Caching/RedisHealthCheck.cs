using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ProStream.Server.Hosting.Caching;

/// <summary>
/// Redis is a cache: when it is away the server still answers (from memory and upstreams), so
/// readiness reports Degraded rather than Unhealthy.
/// </summary>
internal sealed class RedisHealthCheck(Task<IConnectionMultiplexer> connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await connection.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return HealthCheckResult.Degraded($"Redis is unreachable; serving from memory and upstreams: {e.Message}");
        }
    }
}
