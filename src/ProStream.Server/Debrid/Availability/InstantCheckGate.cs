using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid.Availability;

/// <summary>
/// Every AllDebrid request made for instant checks passes here: a few at a time, a few per second (AllDebrid
/// allows 12/s and 600/min for the whole account, playback included), and none at all for a while after a
/// 429 (its Retry-After) or an account-level refusal (premium, key, IP address, quota).
/// </summary>
public sealed partial class InstantCheckGate : IDisposable
{
    /// <summary>How long checks stop after AllDebrid refuses the account: the cause (subscription, key, IP) rarely
    /// goes away within minutes, and asking again would only add errors.</summary>
    public static readonly TimeSpan AccountRefusalPause = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _inFlight;
    private readonly TokenBucketRateLimiter _rate;
    private readonly TimeProvider _time;
    private readonly ILogger<InstantCheckGate> _logger;
    private long _pausedUntilTicks;

    public InstantCheckGate(IOptions<AllDebridOptions> options, TimeProvider time, ILogger<InstantCheckGate> logger)
    {
        var o = options.Value;
        _inFlight = new SemaphoreSlim(o.InstantConcurrency);
        _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.InstantRequestsPerSecond,
            TokensPerPeriod = o.InstantRequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 256,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        (_time, _logger) = (time, logger);
    }

    public bool IsPaused => _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    /// <summary>Time left before checks may ask AllDebrid again.</summary>
    public TimeSpan PauseLeft => TimeSpan.FromTicks(Math.Max(0, Interlocked.Read(ref _pausedUntilTicks) - _time.GetUtcNow().UtcTicks));

    /// <summary>Runs one AllDebrid request within the limits. Null when paused, when the rate limiter's queue is
    /// full, or when AllDebrid fails (a 429 or an account refusal also pauses the checks).</summary>
    public async Task<T?> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
        where T : class
    {
        if (IsPaused)
            return null;
        using var lease = await _rate.AcquireAsync(1, ct);
        if (!lease.IsAcquired)
            return null;
        await _inFlight.WaitAsync(ct);
        try
        {
            return await call(ct);
        }
        catch (AllDebridRateLimitedException e)
        {
            Pause(e.RetryAfter, "AllDebrid answered 429");
            return null;
        }
        catch (UpstreamException e)
        {
            var code = AllDebridErrors.CodeOf(e);
            if (AllDebridErrors.BlocksAccount(code))
                Pause(AccountRefusalPause, code!);
            else
                LogFailed(_logger, e.StatusCode, code, e.Message);
            return null;
        }
        finally
        {
            _inFlight.Release();
        }
    }

    /// <summary>Reports an error AllDebrid gave for one item of an answer (an upload's magnet).</summary>
    public void Report(string? code)
    {
        if (AllDebridErrors.BlocksAccount(code))
            Pause(AccountRefusalPause, code!);
    }

    private void Pause(TimeSpan duration, string reason)
    {
        var until = (_time.GetUtcNow() + duration).UtcTicks;
        var previous = Interlocked.Exchange(ref _pausedUntilTicks, Math.Max(until, Interlocked.Read(ref _pausedUntilTicks)));
        if (previous < until)
            LogPaused(_logger, reason, duration.TotalSeconds);
    }

    public void Dispose()
    {
        _rate.Dispose();
        _inFlight.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instant checks paused for {Seconds} s: {Reason}")]
    private static partial void LogPaused(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "An instant check failed ({Status}, {Code}): {Detail}")]
    private static partial void LogFailed(ILogger logger, int status, string? code, string detail);
}
