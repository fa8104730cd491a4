using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Owns every playback session: limits, lookup bound to the owner, ending, reaping.</summary>
public sealed partial class PlaybackSessionRegistry(
    IOptions<PlaybackOptions> options, TimeProvider time, PlaybackMetrics metrics, Cluster.SessionCluster cluster,
    ILogger<PlaybackSessionRegistry> logger)
    : IAsyncDisposable, Identity.IUserAccessEnder
{
    private const string ShutdownReason = "shutdown";
    private const string LeaseLostReason = "lease taken by another instance";

    private readonly ConcurrentDictionary<Guid, PlaybackSession> _sessions = new();
    private readonly Lock _reservations = new();
    private readonly Dictionary<Guid, int> _pendingByOwner = [];
    private readonly Dictionary<Guid, long> _accessChanges = [];
    private int _pending;
    private bool _disposed;

    /// <summary>
    /// Holds a place for a session being created, so concurrent creations cannot exceed the limits; it also
    /// remembers the owner's access as it was, so that <see cref="Add"/> refuses a session whose owner was
    /// deleted or demoted while it started.
    /// </summary>
    public SessionReservation Reserve(Guid ownerId)
    {
        var settings = options.Value;
        lock (_reservations)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var alive = _sessions.Values.Where(s => s.IsAlive).ToArray();
            _pendingByOwner.TryGetValue(ownerId, out var ownerPending);
            if (alive.Length + _pending >= settings.MaxSessions)
            {
                throw Refused(Cluster.ClusterReservation.ServerFull);
            }

            if (alive.Count(s => s.OwnerId == ownerId) + ownerPending >= settings.MaxSessionsPerUser)
            {
                throw Refused(Cluster.ClusterReservation.UserFull);
            }

            _pending++;
            _pendingByOwner[ownerId] = ownerPending + 1;
            return new SessionReservation(this, ownerId, _accessChanges.GetValueOrDefault(ownerId));
        }
    }

    /// <summary>Registers a started session; false (and nothing registered) when its owner's access ended since the reservation.</summary>
    public bool Add(PlaybackSession session, SessionReservation reservation)
    {
        lock (_reservations)
        {
            if (_accessChanges.GetValueOrDefault(reservation.OwnerId) != reservation.AccessChanges)
            {
                return false;
            }

            _sessions[session.Id] = session;
        }

        metrics.SessionStarted();
        return true;
    }

    /// <summary>The session, if it exists and belongs to <paramref name="ownerId"/>; another user's session is not found.</summary>
    public PlaybackSession? Find(Guid id, Guid ownerId) =>
        _sessions.TryGetValue(id, out var session) && session.OwnerId == ownerId ? session : null;

    /// <summary>The session whose file URLs carry <paramref name="token"/> (compared in constant time).</summary>
    public PlaybackSession? FindByToken(Guid id, string token)
    {
        return _sessions.TryGetValue(id, out var session) && TokenMatches(session.Token, token) ? session : null;
    }

    /// <summary>Compares a session's file token in constant time.</summary>
    public static bool TokenMatches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));

    public int Count => _sessions.Count;

    public async Task<bool> EndAsync(Guid id, Guid ownerId)
    {
        if (Find(id, ownerId) is null || !_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await EndAsync(session, "deleted");
        return true;
    }

    /// <summary>Ends every session of <paramref name="userId"/> (account deleted or demoted): its URLs answer 404 at once.</summary>
    public async Task EndAllAsync(Guid userId, CancellationToken ct)
    {
        lock (_reservations)
        {
            // Sessions still starting for this user will be refused by Add.
            _accessChanges[userId] = _accessChanges.GetValueOrDefault(userId) + 1;
        }

        foreach (var session in _sessions.Values.Where(s => s.OwnerId == userId).ToArray())
        {
            if (_sessions.TryRemove(session.Id, out _))
            {
                await EndAsync(session, "account changed");
            }
        }

        // Those other instances run end there within a lease renewal.
        try
        {
            await cluster.EndAllAsync(userId);
        }
        catch (Hosting.Errors.ProblemException e)
        {
            // Redis away: they end at their idle timeout once the viewer stops.
            LogClusterEndFailed(logger, e, userId);
        }
    }

    /// <summary>Ends sessions without a request for longer than the idle timeout (and forgets failed ones after it).</summary>
    public async Task ReapIdleAsync()
    {
        var cutoff = time.GetUtcNow() - options.Value.IdleTimeout;
        foreach (var session in _sessions.Values.Where(s => s.LastActivity < cutoff).ToArray())
        {
            if (_sessions.TryRemove(session.Id, out _))
            {
                await EndAsync(session, "idle");
            }
        }
    }

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        lock (_reservations)
        {
            _disposed = true;
        }

        foreach (var id in _sessions.Keys.ToArray())
        {
            if (_sessions.TryRemove(id, out var session))
            {
                await EndAsync(session, ShutdownReason);
            }
        }
    }

    /// <summary>Stops running a session whose lease another instance took: it lives on there.</summary>
    public async Task AbandonAsync(Guid id)
    {
        if (_sessions.TryRemove(id, out var session))
        {
            await EndAsync(session, LeaseLostReason);
        }
    }

    private async Task EndAsync(PlaybackSession session, string reason)
    {
        await session.DisposeAsync();
        try
        {
            await (reason switch
            {
                ShutdownReason => cluster.HandOverAsync(session.Id),
                LeaseLostReason => Task.Run(() => cluster.Forget(session.Id)),
                _ => cluster.EndAsync(session.Id, session.OwnerId),
            });
        }
        catch (Hosting.Errors.ProblemException e)
        {
            // Redis away: the description and lease lapse on their own (IdleTimeout, LeaseTtl).
            LogClusterEndFailed(logger, e, session.Id);
        }

        metrics.SessionEnded();
        LogEnded(logger, session.Id, reason);
    }

    /// <summary>The one answer to a session over the limits, whether this instance or the cluster counted it.</summary>
    internal PlaybackFailedException Refused(Cluster.ClusterReservation reason) => new(PlaybackFailure.Busy(
        reason == Cluster.ClusterReservation.UserFull
            ? $"You already have {options.Value.MaxSessionsPerUser} playback sessions; end one first."
            : "The server is playing as many sessions as it allows; try again later.",
        retryAfterSeconds: 30));

    private void Release(Guid ownerId)
    {
        lock (_reservations)
        {
            _pending--;
            if (--_pendingByOwner[ownerId] == 0)
            {
                _pendingByOwner.Remove(ownerId);
            }
        }
    }

    /// <summary>A place held for a session being created; disposing it frees the place.</summary>
    public sealed class SessionReservation : IDisposable
    {
        private readonly PlaybackSessionRegistry _registry;
        private int _released;

        internal SessionReservation(PlaybackSessionRegistry registry, Guid ownerId, long accessChanges)
        {
            _registry = registry;
            OwnerId = ownerId;
            AccessChanges = accessChanges;
        }

        internal Guid OwnerId { get; }

        internal long AccessChanges { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                _registry.Release(OwnerId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session(s) {Id}: could not tell the cluster they ended")]
    private static partial void LogClusterEndFailed(ILogger logger, Exception exception, Guid id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} ended ({Reason})")]
    private static partial void LogEnded(ILogger logger, Guid sessionId, string reason);
}
