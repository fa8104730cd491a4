using Microsoft.Extensions.Options;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Probing.Headers;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Sessions;

/// <summary>
/// Creates sessions: opens the source through the guarded fetcher, probes it once through the relay, plans
/// segments and renditions for the client's profile, starts ffmpeg; all within the start deadline, or refused
/// with the slot released. Its failures are <see cref="PlaybackFailedException"/>s (or the source's own), which
/// <see cref="PlaybackEngine"/> turns into results.
/// </summary>
public sealed partial class PlaybackSessionStarter(
    PlaybackSessionRegistry registry,
    Cluster.SessionCluster cluster,
    SessionSourceOpener sources,
    MediaProber prober,
    PlaybackWorkDirectory workDirectory,
    IOptions<PlaybackOptions> options,
    TimeProvider time,
    PlaybackMetrics metrics,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<PlaybackSessionStarter>();

    public Task<PlaybackSession> StartAsync(Guid ownerId, SessionRequest request, CancellationToken cancellationToken) =>
        StartAsync(ownerId, request, null, null, cancellationToken);

    /// <summary>
    /// Rebuilds a session another instance ran, from its description (same id, token, source and profile, so the same
    /// plan and playlists), ffmpeg starting at <paramref name="firstSegment"/> as a cold seek does. The caller holds its lease.
    /// </summary>
    public Task<PlaybackSession> RestoreAsync(Cluster.SessionDescription description, int? firstSegment, CancellationToken cancellationToken) =>
        StartAsync(description.OwnerId, description.ToRequest(), description, firstSegment, cancellationToken);

    private async Task<PlaybackSession> StartAsync(
        Guid ownerId, SessionRequest request, Cluster.SessionDescription? restored, int? firstSegment, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        SourceGuard.CheckSyntax(request.Url);
        using var reservation = registry.Reserve(ownerId);

        var id = restored?.Id ?? Guid.NewGuid();
        if (restored is null && await cluster.ReserveAsync(id, ownerId) is not Cluster.ClusterReservation.Reserved and var refused)
        {
            throw registry.Refused(refused);
        }

        var directory = workDirectory.SessionPath(id);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.StartTimeout);
        SessionSource? source = null;
        PlaybackSession? session = null;
        var steps = new StartSteps(time);
        try
        {
            source = await sources.OpenAsync(request.Url, directory, deadline.Token);
            steps.Opened();
            // The keyframe index is read while the probe runs: both need only the source's first bytes.
            using var indexing = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            var index = ReadKeyframesAsync(source, steps, indexing.Token);
            SessionMedia media;
            try
            {
                var probe = await ProbeAsync(source, steps, deadline.Token);
                steps.Probed();
                media = await PlanAsync(source, probe, request.Client, index);
            }
            finally
            {
                await indexing.CancelAsync();
                await ((Task)index).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (request.StartPosition >= media.Segments.TotalDuration)
            {
                throw new PlaybackFailedException(new PlaybackFailure(PlaybackFailureKind.InvalidRequest, "startPosition is past the end of the media."));
            }

            session = new PlaybackSession(
                id, ownerId, restored?.Token ?? PlaybackSessionRegistry.NewToken(), media, request.StartPosition, request.Label,
                options.Value, time, metrics, workDirectory, loggers.CreateLogger<PlaybackSession>(), source);
            await session.StartAsync(firstSegment, deadline.Token);
            steps.FfmpegStarted();
        }
        catch (Exception e)
        {
            await (session is null ? DisposeAsync(source, directory) : session.DisposeAsync().AsTask());
            await LetGoAsync(id, ownerId, restored);
            if (e is OperationCanceledException && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw SourceFailureException.Timeout(
                    $"The source did not deliver enough to start playback within {options.Value.StartTimeout.TotalSeconds:0} seconds.", e);
            }

            throw;
        }

        if (!registry.Add(session, reservation))
        {
            await session.DisposeAsync();
            await LetGoAsync(id, ownerId, restored);
            throw new PlaybackFailedException(new PlaybackFailure(
                PlaybackFailureKind.AccessEnded, "Your account was changed while the session was starting; sign in again and retry."));
        }

        if (restored is null)
        {
            await cluster.PublishAsync(Cluster.SessionDescription.From(id, ownerId, session.Token, request));
        }

        var created = session.Media;
        metrics.StartLatency(time.GetElapsedTime(started), created.Renditions.Mode.ToString());
        LogCreated(
            _logger, id, created.Renditions.Mode, created.Segments.Segments.Count, time.GetElapsedTime(started).TotalMilliseconds,
            steps.OpenMs, steps.ProbeMs, steps.Prober, steps.IndexMs, steps.FfmpegMs);
        return session;
    }

    // A new session frees its place in the cluster; a restored one only its lease, so another instance may try.
    private async Task LetGoAsync(Guid id, Guid ownerId, Cluster.SessionDescription? restored)
    {
        try
        {
            await (restored is null ? cluster.EndAsync(id, ownerId) : cluster.HandOverAsync(id));
        }
        catch (Hosting.Errors.ProblemException)
        {
            // Redis away: the lease lapses on its own.
        }
    }

    // The container's headers answer in-process when they can (no process start on the critical path); ffprobe otherwise.
    // ffprobe only sees a broken stream when the source fails under it: the feed knows what really happened.
    private async Task<MediaProbe> ProbeAsync(SessionSource source, StartSteps steps, CancellationToken cancellationToken)
    {
        if (options.Value.ProbeHeadersInProcess && await HeaderProber.TryProbeAsync(source.Feed, _logger, cancellationToken) is { } probe)
        {
            steps.Prober = "headers";
            return probe;
        }

        steps.Prober = "ffprobe";
        try
        {
            return await prober.ProbeAsync(source.RelayUrl, source.Demuxer, cancellationToken);
        }
        catch (PlaybackFailedException) when (source.Feed.LastFailure is { } failure)
        {
            throw failure;
        }
    }

    private async Task DisposeAsync(SessionSource? source, string directory)
    {
        if (source is not null)
        {
            await source.DisposeAsync();
        }

        workDirectory.DeleteDirectory(directory);
    }

    /// <summary>The container's own keyframe index (Matroska Cues, MP4 sample table); null when absent or unusable.</summary>
    private async Task<IReadOnlyList<double>?> ReadKeyframesAsync(SessionSource source, StartSteps steps, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var done = steps.IndexRead();
        var container = source.Feed.Container;
        if (container is not (MediaContainer.Matroska or MediaContainer.Mp4))
        {
            return null;
        }

        try
        {
            var read = source.Feed.RangeReader();
            var index = container == MediaContainer.Matroska
                ? await MatroskaCuesReader.ReadAsync(read, cancellationToken)
                : await Mp4SampleTableReader.ReadAsync(read, cancellationToken);
            return index?.Times;
        }
        catch (KeyframeIndexException e)
        {
            LogNoKeyframes(_logger, e.Message);
            return null;
        }
    }

    private static async Task<SessionMedia> PlanAsync(SessionSource source, MediaProbe probe, ClientProfile client, Task<IReadOnlyList<double>?> index)
    {
        var video = probe.Video ?? throw new PlaybackFailedException(PlaybackFailure.FromSource(SourceFailureKind.NotMedia, "The source has no video stream."));
        if (video.Codec == "unknown")
        {
            throw new PlaybackFailedException(new PlaybackFailure(PlaybackFailureKind.UnsupportedCodec, "The source's video codec is not one ffmpeg decodes."));
        }

        // A failed read of the index only matters when the video would be copied.
        var keyframes = RenditionPlanner.CanCopyVideo(video, client) && (probe.IsMatroska || probe.IsMp4) ? await index : null;

        // Copy needs the real keyframes to plan cuts ffmpeg will honour; without them, transcode.
        // The timeline is the video's: tracks running longer are cut at its end (see FfmpegArgumentBuilder).
        if (keyframes is { Count: > 0 } && keyframes[0] < probe.TimelineEnd)
        {
            return new SessionMedia(
                source.RelayUrl, probe, RenditionPlanner.Plan(probe, client, remux: true),
                SegmentPlanner.FromKeyframes(keyframes, probe.TimelineEnd), keyframes);
        }

        return new SessionMedia(
            source.RelayUrl, probe, RenditionPlanner.Plan(probe, client, remux: false),
            SegmentPlanner.Uniform(probe.TimelineStart, probe.TimelineEnd), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} created: {Mode}, {Segments} segments, in {ElapsedMs} ms "
        + "(source opened {OpenMs} ms, probe {ProbeMs} ms by {Prober}, keyframe index {IndexMs} ms alongside, ffmpeg started {FfmpegMs} ms)")]
    private static partial void LogCreated(
        ILogger logger, Guid sessionId, PlaybackMode mode, int segments, double elapsedMs,
        double openMs, double probeMs, string prober, double? indexMs, double ffmpegMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "No usable keyframe index, transcoding: {Reason}")]
    private static partial void LogNoKeyframes(ILogger logger, string reason);
}
