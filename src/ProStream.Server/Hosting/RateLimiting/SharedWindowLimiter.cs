using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace ProStream.Server.Hosting.RateLimiting;

/// <summary>
/// A fixed window counted in Redis, so every instance shares it; while Redis does not answer, counted in this
/// instance's memory instead (a limit per instance beats refusing or failing every login).
/// </summary>
internal sealed class SharedWindowLimiter(string key, WindowLimit limit, Task<IConnectionMultiplexer> redis) : RateLimiter
{
    private readonly RedisFixedWindowRateLimiter<string> _shared = new(key, new RedisFixedWindowRateLimiterOptions
    {
        ConnectionMultiplexerFactory = () => redis.GetAwaiter().GetResult(),
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
    });

    private readonly FixedWindowRateLimiter _local = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
    });

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _shared.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        try
        {
            return _shared.AttemptAcquire(permitCount);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return _local.AttemptAcquire(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await _shared.AcquireAsync(permitCount, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await _local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }

        base.Dispose(disposing);
    }
}
