using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using StackExchange.Redis;

namespace ProStream.Server.Identity.Access;

/// <summary>
/// Each user's role, security stamp and language kept in memory, so an authenticated request does
/// not read the users table. Every change to a user saved through EF Core evicts that user here
/// (<see cref="UserAccessInvalidation"/>), so a password change, demotion or deletion takes effect
/// on the next request. With Redis configured, evictions are broadcast to the other instances and
/// a reconnection empties the cache (broadcasts may have been missed while away). Entries also
/// expire after <see cref="Lifetime"/>: the bound on staleness should a broadcast be lost.
/// </summary>
public sealed partial class UserAccessCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly RedisChannel Channel = RedisChannel.Literal("prostream:user-access-evicted");

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<UserAccessCache> _logger;
    private readonly Task<ISubscriber>? _broadcast;
    private long _evictions;

    public UserAccessCache(IServiceScopeFactory scopes, TimeProvider time, ILogger<UserAccessCache> logger, Task<IConnectionMultiplexer>? redis = null)
    {
        (_scopes, _time, _logger) = (scopes, time, logger);
        _broadcast = redis is null ? null : SubscribeAsync(redis);
    }

    /// <summary>The user's access as stored now; null when the account no longer exists.</summary>
    public async ValueTask<UserAccess?> GetAsync(Guid userId, CancellationToken ct)
    {
        if (_entries.TryGetValue(userId, out var cached) && _time.GetElapsedTime(cached.ReadAt) < Lifetime)
        {
            return cached.Access;
        }

        var evictionsBefore = Interlocked.Read(ref _evictions);
        var entry = new Entry(await ReadAsync(userId, ct), _time.GetTimestamp());
        _entries[userId] = entry;
        // An eviction that ran while the row was read may have been overtaken by this older answer:
        // serve it to this request only.
        if (Interlocked.Read(ref _evictions) != evictionsBefore)
        {
            _entries.TryRemove(new KeyValuePair<Guid, Entry>(userId, entry));
        }

        return entry.Access;
    }

    /// <summary>
    /// Forgets the users' cached access here and on the other instances. Called after their rows
    /// changed; code that changes users without the change tracker (ExecuteUpdate/ExecuteDelete)
    /// must call it itself.
    /// </summary>
    public void Evict(IReadOnlyCollection<Guid> userIds)
    {
        EvictLocally(userIds);
        if (_broadcast is not null && userIds.Count > 0)
        {
            _ = PublishAsync(_broadcast, string.Join(',', userIds));
        }
    }

    private void EvictLocally(IEnumerable<Guid> userIds)
    {
        Interlocked.Increment(ref _evictions);
        foreach (var id in userIds)
        {
            _entries.TryRemove(id, out _);
        }
    }

    private void EvictAll()
    {
        Interlocked.Increment(ref _evictions);
        _entries.Clear();
    }

    private async Task<UserAccess?> ReadAsync(Guid userId, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStreamDbContext>();
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserAccess(u.Role, u.SecurityStamp, u.Preferences.Language))
            .SingleOrDefaultAsync(ct);
    }

    private async Task<ISubscriber> SubscribeAsync(Task<IConnectionMultiplexer> redis)
    {
        // Off the start-up path: the connection retries in the background when Redis is away.
        await Task.Yield();
        var multiplexer = await redis;
        multiplexer.ConnectionRestored += (_, _) => EvictAll();
        var subscriber = multiplexer.GetSubscriber();
        await subscriber.SubscribeAsync(Channel, (_, message) => EvictLocally(ParseIds(message)));
        return subscriber;
    }

    private async Task PublishAsync(Task<ISubscriber> broadcast, string ids)
    {
        try
        {
            await (await broadcast).PublishAsync(Channel, ids);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Other instances see the change when their entry expires.
            LogBroadcastFailed(_logger, e.Message);
        }
    }

    private static IEnumerable<Guid> ParseIds(RedisValue message)
    {
        foreach (var part in ((string?)message ?? "").Split(','))
        {
            if (Guid.TryParse(part, out var id))
            {
                yield return id;
            }
        }
    }

    private sealed record Entry(UserAccess? Access, long ReadAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not broadcast a user-access eviction to other instances: {Reason}")]
    private static partial void LogBroadcastFailed(ILogger logger, string reason);
}
