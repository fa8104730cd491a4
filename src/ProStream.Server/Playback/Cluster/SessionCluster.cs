using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using StackExchange.Redis;

namespace ProStream.Server.Playback.Cluster;

/// <summary>
/// The sessions every instance shares, in Redis: each one's description, the lease of the instance running its
/// ffmpeg (SET NX PX, renewed by that instance), the instances' addresses, and two sorted sets scoring each session
/// by its lease's expiry, so MaxSessions and MaxSessionsPerUser count across the cluster and a dead instance's
/// sessions stop counting when their leases lapse. Without Redis it is disabled and every call is a no-op.
/// </summary>
public sealed class SessionCluster(
    IServiceProvider services, IOptions<ClusterOptions> options, IOptions<PlaybackOptions> playback, TimeProvider time)
{
    private const string Prefix = "prostream:cluster:";
    private static readonly RedisKey AllSessions = Prefix + "sessions";

    // Checks both limits and takes the lease in one step, so concurrent creations on several instances cannot pass them.
    private const string ReserveScript = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 1 end
        if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 2 end
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[5])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[5])
        redis.call('SET', KEYS[3], ARGV[6], 'PX', ARGV[7])
        return 0
        """;

    private const string AcquireScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder and holder ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
        return 1
        """;

    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
        redis.call('ZADD', KEYS[4], ARGV[3], ARGV[4])
        return 1
        """;

    // The lease goes whoever holds it: a holder elsewhere finds it gone at its next renewal and stops ffmpeg.
    private const string EndScript = """
        redis.call('DEL', KEYS[1])
        redis.call('DEL', KEYS[2])
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('ZREM', KEYS[4], ARGV[1])
        return 1
        """;

    private const string HandOverScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
        return 1
        """;

    private readonly Task<IConnectionMultiplexer>? _connection = services.GetService<Task<IConnectionMultiplexer>>();

    // Every lease this instance holds (sessions starting, restoring or running), by session id, with its owner.
    private readonly ConcurrentDictionary<Guid, Guid> _held = new();

    public bool Enabled => _connection is not null;

    public string InstanceId { get; } = options.Value.ResolveInstanceId();

    /// <summary>Checks the cluster-wide limits for a new session and takes its lease.</summary>
    public async Task<ClusterReservation> ReserveAsync(Guid id, Guid ownerId)
    {
        if (!Enabled)
        {
            return ClusterReservation.Reserved;
        }

        var settings = playback.Value;
        var now = Now();
        var result = (int)await RunAsync(ReserveScript,
            [AllSessions, UserSessions(ownerId), Lease(id)],
            [now, now + LeaseMs(), settings.MaxSessions, settings.MaxSessionsPerUser, Member(id), InstanceId, LeaseMs()]);
        if (result == 0)
        {
            _held[id] = ownerId;
        }

        return (ClusterReservation)result;
    }

    /// <summary>Makes a started session findable by every instance.</summary>
    public async Task PublishAsync(SessionDescription description)
    {
        if (Enabled)
        {
            var json = JsonSerializer.Serialize(description);
            await GuardAsync(async db => await db.StringSetAsync(Description(description.Id), json, DescriptionTtl()));
        }
    }

    /// <summary>The session's description and who runs it; null when the cluster does not know it.</summary>
    public async Task<SessionLocation?> LocateAsync(Guid id)
    {
        if (!Enabled)
        {
            return null;
        }

        return await GuardAsync(async db =>
        {
            var values = await db.StringGetAsync([Description(id), Lease(id)]);
            if (values[0].IsNullOrEmpty || JsonSerializer.Deserialize<SessionDescription>(values[0].ToString()) is not { } description)
            {
                return null;
            }

            var holder = values[1].IsNullOrEmpty ? null : values[1].ToString();
            var address = holder is null ? RedisValue.Null : await db.StringGetAsync(Instance(holder));
            return new SessionLocation(description, holder, address.IsNullOrEmpty ? null : new Uri(address.ToString()));
        });
    }

    /// <summary>Takes the lease of a session nobody runs (or that this instance held before a restart).</summary>
    public async Task<bool> TryAcquireAsync(SessionDescription description)
    {
        var expiry = Now() + LeaseMs();
        var acquired = (int)await RunAsync(AcquireScript,
            [Lease(description.Id), AllSessions, UserSessions(description.OwnerId)],
            [InstanceId, LeaseMs(), expiry, Member(description.Id)]) == 1;
        if (acquired)
        {
            _held[description.Id] = description.OwnerId;
        }

        return acquired;
    }

    /// <summary>Ends a session for the whole cluster: description, lease (whoever holds it) and place in the limits.</summary>
    public async Task EndAsync(Guid id, Guid ownerId)
    {
        if (Enabled)
        {
            _held.TryRemove(id, out _);
            await RunAsync(EndScript, [Lease(id), Description(id), AllSessions, UserSessions(ownerId)], [Member(id)]);
        }
    }

    /// <summary>Ends every session of a user on every instance (account deleted or demoted); their holders stop them at their next renewal.</summary>
    public async Task EndAllAsync(Guid ownerId)
    {
        if (!Enabled)
        {
            return;
        }

        var members = await GuardAsync(async db => await db.SortedSetRangeByRankAsync(UserSessions(ownerId)));
        foreach (var member in members)
        {
            if (Guid.TryParseExact(member.ToString(), "N", out var id))
            {
                await EndAsync(id, ownerId);
            }
        }
    }

    /// <summary>Lets go of a session this instance stops running (shutdown): the next request anywhere takes it over.</summary>
    public async Task HandOverAsync(Guid id)
    {
        if (Enabled && _held.TryRemove(id, out _))
        {
            await RunAsync(HandOverScript, [Lease(id)], [InstanceId]);
        }
    }

    /// <summary>Forgets a lease this instance lost (Redis gave it to another instance): no write to Redis.</summary>
    public void Forget(Guid id) => _held.TryRemove(id, out _);

    /// <summary>Renews every lease this instance holds; returns the sessions whose lease another instance now has.</summary>
    public async Task<IReadOnlyList<Guid>> RenewAsync()
    {
        var lost = new List<Guid>();
        var expiry = Now() + LeaseMs();
        foreach (var (id, ownerId) in _held.ToArray())
        {
            var renewed = (int)await RunAsync(RenewScript,
                [Lease(id), Description(id), AllSessions, UserSessions(ownerId)],
                [InstanceId, LeaseMs(), expiry, Member(id), (long)DescriptionTtl().TotalMilliseconds]) == 1;
            if (!renewed && _held.TryRemove(id, out _))
            {
                lost.Add(id);
            }
        }

        return lost;
    }

    /// <summary>Publishes where this instance is reached, for as long as it keeps renewing.</summary>
    public async Task AdvertiseAsync(Uri address) =>
        await GuardAsync(async db => await db.StringSetAsync(Instance(InstanceId), address.ToString().TrimEnd('/'), TimeSpan.FromMilliseconds(LeaseMs() * 3)));

    /// <summary>The holder of a session's lease, or null when it has lapsed.</summary>
    public async Task<string?> HolderAsync(Guid id) =>
        await GuardAsync(async db => (string?)await db.StringGetAsync(Lease(id)));

    private async Task<long> RunAsync(string script, RedisKey[] keys, RedisValue[] values) =>
        await GuardAsync(async db => (long)await db.ScriptEvaluateAsync(script, keys, values));

    private async Task<T> GuardAsync<T>(Func<IDatabase, Task<T>> action)
    {
        try
        {
            var connection = await _connection!.WaitAsync(TimeSpan.FromSeconds(5));
            return await action(connection.GetDatabase());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Cluster store unavailable",
                "Redis, which holds the playback sessions of every instance, is not answering; try again shortly.", e)
            { RetryAfterSeconds = 2 };
        }
    }

    private long LeaseMs() => (long)options.Value.LeaseTtl.TotalMilliseconds;

    private TimeSpan DescriptionTtl() => playback.Value.IdleTimeout + options.Value.LeaseTtl;

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static string Member(Guid id) => id.ToString("N");

    private static RedisKey Description(Guid id) => Prefix + "session:" + Member(id);

    private static RedisKey Lease(Guid id) => Prefix + "lease:" + Member(id);

    private static RedisKey Instance(string instanceId) => Prefix + "instance:" + instanceId;

    private static RedisKey UserSessions(Guid ownerId) => Prefix + "user:" + ownerId.ToString("N", CultureInfo.InvariantCulture);
}
