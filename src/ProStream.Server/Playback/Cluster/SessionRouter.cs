using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Cluster;

/// <summary>Where a request for a session this instance does not run went: served by its holder, or to be served here.</summary>
public sealed record RouteOutcome(PlaybackSession? Session, bool Forwarded)
{
    public static readonly RouteOutcome NotFound = new(null, false);
}

/// <summary>
/// Finds a session another instance may run: forwards the request to the lease holder while it answers; when its
/// lease has lapsed (the holder died), takes the lease and rebuilds the session here, ffmpeg starting at the
/// requested segment. Only used with Redis; without it a session this instance does not know is not found.
/// </summary>
public sealed partial class SessionRouter(
    SessionCluster cluster,
    SessionForwarder forwarder,
    IServiceProvider services,
    IOptions<ClusterOptions> options,
    TimeProvider time,
    ILogger<SessionRouter> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<PlaybackSession>>> _restoring = new();

    /// <summary>Serves a request for session <paramref name="id"/> from wherever it runs.</summary>
    /// <param name="context">the request, forwarded as it is.</param>
    /// <param name="id">the session.</param>
    /// <param name="allowed">whether the request may see this session (its token, or its owner).</param>
    /// <param name="segment">the segment the request asks for, where a takeover starts ffmpeg; null for the start position.</param>
    /// <param name="cancellationToken">the request's.</param>
    public async Task<RouteOutcome> RouteAsync(HttpContext context, Guid id, Func<SessionDescription, bool> allowed, int? segment, CancellationToken cancellationToken)
    {
        if (!cluster.Enabled)
        {
            return RouteOutcome.NotFound;
        }

        // A holder that stopped answering keeps its lease until the lease lapses: wait that long, not more.
        var settings = options.Value;
        var giveUp = time.GetUtcNow() + (settings.LeaseTtl * 2) + settings.LeaseRenewInterval;
        while (true)
        {
            if (await cluster.LocateAsync(id) is not { } location || !allowed(location.Description))
            {
                return RouteOutcome.NotFound;
            }

            if (location.Holder is null || location.Holder == cluster.InstanceId)
            {
                if (await cluster.TryAcquireAsync(location.Description))
                {
                    return new RouteOutcome(await RestoreAsync(location.Description, segment), false);
                }

                continue;
            }

            if (location.HolderAddress is { } address && !SessionForwarder.WasForwarded(context) && await forwarder.ForwardAsync(context, address))
            {
                return new RouteOutcome(null, true);
            }

            if (time.GetUtcNow() > giveUp)
            {
                throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Session unavailable",
                    $"The instance running this session ({location.Holder}) is not answering; try again shortly.")
                {
                    RetryAfterSeconds = 1,
                };
            }

            LogWaiting(logger, id, location.Holder);
            await Task.Delay(settings.LeaseRenewInterval / 2, time, cancellationToken);
        }
    }

    // One rebuild per session however many requests ask at once; it outlives the request that started it.
    private async Task<PlaybackSession> RestoreAsync(SessionDescription description, int? segment)
    {
        var restore = _restoring.GetOrAdd(description.Id, _ => new Lazy<Task<PlaybackSession>>(() => RebuildAsync(description, segment)));
        try
        {
            return await restore.Value;
        }
        finally
        {
            _restoring.TryRemove(new KeyValuePair<Guid, Lazy<Task<PlaybackSession>>>(description.Id, restore));
        }
    }

    private async Task<PlaybackSession> RebuildAsync(SessionDescription description, int? segment)
    {
        var registry = services.GetRequiredService<PlaybackSessionRegistry>();
        if (registry.FindByToken(description.Id, description.Token) is { } running)
        {
            return running;
        }

        LogTakingOver(logger, description.Id, segment);
        var starter = services.GetRequiredService<PlaybackSessionStarter>();
        try
        {
            return await starter.RestoreAsync(description, segment, CancellationToken.None);
        }
        catch (Exception e) when (PlaybackEngine.Describe(e) is { } failure)
        {
            throw new PlaybackFailedException(failure, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: holder {Holder} not answering, waiting for its lease to lapse")]
    private static partial void LogWaiting(ILogger logger, Guid sessionId, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: taking over, ffmpeg restarting at segment {Segment}")]
    private static partial void LogTakingOver(ILogger logger, Guid sessionId, int? segment);
}
