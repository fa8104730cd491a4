using Microsoft.Extensions.Options;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Creates sessions: checks the source, probes it once, plans segments and renditions for the client's
/// profile, starts ffmpeg. Its failures are <see cref="PlaybackFailedException"/>s (or the source's own), which
/// <see cref="PlaybackEngine"/> turns into results.</summary>
public sealed partial class PlaybackSessionStarter(
    PlaybackSessionRegistry registry,
    SourceReader sources,
    MediaProber prober,
    PlaybackWorkDirectory workDirectory,
    IOptions<PlaybackOptions> options,
    TimeProvider time,
    PlaybackMetrics metrics,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<PlaybackSessionStarter>();

    public async Task<PlaybackSession> StartAsync(Guid ownerId, SessionRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        SourceGuard.CheckSyntax(request.Url);
        using var reservation = registry.Reserve(ownerId);

        var head = await sources.OpenAsync(request.Url, cancellationToken);
        var probe = await prober.ProbeAsync(head.Url, cancellationToken);
        var media = await PlanAsync(head, probe, request.Client, cancellationToken);
        if (request.StartPosition >= media.Segments.TotalDuration)
        {
            throw new PlaybackFailedException(new PlaybackFailure(PlaybackFailureKind.InvalidRequest, "startPosition is past the end of the media."));
        }

        var id = Guid.NewGuid();
        var session = new PlaybackSession(
            id, ownerId, PlaybackSessionRegistry.NewToken(), media, request.StartPosition, request.Label,
            options.Value, time, metrics, workDirectory, loggers.CreateLogger<PlaybackSession>());
        try
        {
            await session.StartAsync(cancellationToken);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        registry.Add(session);
        metrics.StartLatency(time.GetElapsedTime(started), media.Renditions.Mode.ToString());
        LogCreated(_logger, id, media.Renditions.Mode, media.Segments.Segments.Count, time.GetElapsedTime(started).TotalMilliseconds);
        return session;
    }

    private async Task<SessionMedia> PlanAsync(SourceHead head, MediaProbe probe, ClientProfile client, CancellationToken cancellationToken)
    {
        var video = probe.Video ?? throw new PlaybackFailedException(PlaybackFailure.FromSource(SourceFailureKind.NotMedia, "The source has no video stream."));
        if (video.Codec == "unknown")
        {
            throw new PlaybackFailedException(new PlaybackFailure(PlaybackFailureKind.UnsupportedCodec, "The source's video codec is not one ffmpeg decodes."));
        }

        IReadOnlyList<double>? keyframes = null;
        if (RenditionPlanner.CanCopyVideo(video, client) && (probe.IsMatroska || probe.IsMp4))
        {
            try
            {
                var read = sources.RangeReader(head);
                var index = probe.IsMatroska
                    ? await MatroskaCuesReader.ReadAsync(read, cancellationToken)
                    : await Mp4SampleTableReader.ReadAsync(read, cancellationToken);
                keyframes = index?.Times;
            }
            catch (KeyframeIndexException e)
            {
                LogNoKeyframes(_logger, e.Message);
            }
        }

        // Copy needs the real keyframes to plan cuts ffmpeg will honour; without them, transcode.
        if (keyframes is { Count: > 0 } && keyframes[0] < probe.EndTime)
        {
            return new SessionMedia(
                head.Url, probe, RenditionPlanner.Plan(probe, client, remux: true),
                SegmentPlanner.FromKeyframes(keyframes, probe.EndTime), keyframes);
        }

        return new SessionMedia(
            head.Url, probe, RenditionPlanner.Plan(probe, client, remux: false),
            SegmentPlanner.Uniform(probe.StartTime, probe.EndTime), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} created: {Mode}, {Segments} segments, in {ElapsedMs} ms")]
    private static partial void LogCreated(ILogger logger, Guid sessionId, PlaybackMode mode, int segments, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "No usable keyframe index, transcoding: {Reason}")]
    private static partial void LogNoKeyframes(ILogger logger, string reason);
}
