using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Releases;

namespace ProStream.Server.Debrid.Availability;

/// <summary>
/// Instant availability on AllDebrid, by info-hash: remembered in the cache (instant for
/// <see cref="AllDebridOptions.InstantCacheDuration"/>, not instant for <see cref="AllDebridOptions.NotInstantCacheDuration"/>,
/// failures not at all), otherwise learned by an <see cref="InstantCheckRun"/>. A run is not tied to the request
/// that started it: it goes on after the caller's deadline, fills the cache and removes its not-ready uploads;
/// concurrent callers asking for the same info-hash join the run in flight.
/// </summary>
public sealed partial class InstantAvailability(
    HybridCache cache,
    IServiceScopeFactory scopes,
    IOptions<AllDebridOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<InstantAvailability> logger) : IInstantAvailability
{
    private const string Instant = "instant";
    private const string NotInstant = "not-instant";

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly ConcurrentDictionary<string, Pending> _inFlight = new();

    private AllDebridOptions Options => options.Value;

    /// <summary>The whole budget of one run: listing, uploading and deleting, 429 pauses included.</summary>
    private TimeSpan RunBudget => Options.Timeout * 4;

    public async Task<IReadOnlyDictionary<string, bool>> CheckAsync(IReadOnlyList<string> infoHashes, InstantWait wait, CancellationToken ct)
    {
        var known = new Dictionary<string, bool>();
        if (!Options.IsConfigured || Options.InstantCandidates == 0)
            return known;

        var waiting = new Dictionary<string, Pending>();
        var mine = new List<(string Hash, Pending Pending)>();
        foreach (var hash in infoHashes.Distinct().Take(Options.InstantCandidates))
        {
            if (await ReadAsync(hash, ct) is { } cached)
            {
                known[hash] = cached;
                continue;
            }

            var pending = new Pending();
            waiting[hash] = _inFlight.GetOrAdd(hash, pending);
            if (waiting[hash] == pending)
                mine.Add((hash, pending));
        }

        if (mine.Count > 0)
        {
            // The run outlives this request: it must not carry the request's context (trace, cancellation).
            using (ExecutionContext.SuppressFlow())
                _ = Task.Run(() => RunAsync(mine), CancellationToken.None);
        }

        await WaitAsync(waiting.Values, wait, ct);
        foreach (var (hash, pending) in waiting)
        {
            if (pending.Result.Task.IsCompletedSuccessfully && pending.Result.Task.Result is { } ready)
                known[hash] = ready;
        }

        return known;
    }

    private async Task WaitAsync(IEnumerable<Pending> pending, InstantWait wait, CancellationToken ct)
    {
        var all = wait == InstantWait.UntilSettled
            ? Task.WhenAll(pending.Select(p => p.Settled.Task))
            : Task.WhenAll(pending.Select(p => p.Result.Task));
        try
        {
            await all.WaitAsync(wait == InstantWait.UntilSettled ? RunBudget : Options.InstantDeadline, time, ct);
        }
        catch (TimeoutException)
        {
            LogDeadline(logger);
        }
    }

    /// <summary>Never throws: every pending check ends, known or unknown (null), whatever happens.</summary>
    private async Task RunAsync(List<(string Hash, Pending Pending)> mine)
    {
        var result = InstantCheckResult.Nothing;
        try
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
            budget.CancelAfter(RunBudget);
            await using var scope = scopes.CreateAsyncScope();
            var run = scope.ServiceProvider.GetRequiredService<InstantCheckRun>();
            try
            {
                result = await run.CheckAsync([.. mine.Select(m => m.Hash)], budget.Token);
                foreach (var (hash, ready) in result.Known)
                    await WriteAsync(hash, ready, budget.Token);
            }
            finally
            {
                Publish(mine, result);
            }

            await run.RemoveAsync(result.NotReadyUploads, budget.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRunFailed(logger, e);
        }
        finally
        {
            foreach (var (hash, pending) in mine)
            {
                pending.Result.TrySetResult(null);
                pending.Settled.TrySetResult();
                _inFlight.TryRemove(new KeyValuePair<string, Pending>(hash, pending));
            }
        }
    }

    private static void Publish(List<(string Hash, Pending Pending)> mine, InstantCheckResult result)
    {
        foreach (var (hash, pending) in mine)
            pending.Result.TrySetResult(result.Known.TryGetValue(hash, out var ready) ? ready : null);
    }

    private async Task<bool?> ReadAsync(string hash, CancellationToken ct) =>
        await cache.GetOrCreateAsync<string?>(Key(hash), _ => ValueTask.FromResult<string?>(null), ReadOnly, cancellationToken: ct) switch
        {
            Instant => true,
            NotInstant => false,
            _ => null,
        };

    private async Task WriteAsync(string hash, bool ready, CancellationToken ct)
    {
        var duration = ready ? Options.InstantCacheDuration : Options.NotInstantCacheDuration;
        var entry = new HybridCacheEntryOptions { Expiration = duration, LocalCacheExpiration = duration };
        await cache.SetAsync(Key(hash), ready ? Instant : NotInstant, entry, cancellationToken: ct);
    }

    private static string Key(string hash) => $"alldebrid:instant:{hash}";

    /// <summary>One info-hash being checked: its answer (null = unknown), then the end of the run's cleanup.</summary>
    private sealed class Pending
    {
        public TaskCompletionSource<bool?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instant checks did not finish before the search's deadline; those releases show as unknown")]
    private static partial void LogDeadline(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An instant check run failed; its releases show as unknown")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
