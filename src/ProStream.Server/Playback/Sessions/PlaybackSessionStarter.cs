using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Sessions;

/// <summary>What a session is created from.</summary>
public sealed record SessionRequest(Uri Url, double StartPosition, IReadOnlySet<string> ClientCodecs, PlayedTitle? Title);

/// <summary>Creates sessions: checks the source, probes it once, plans segments and renditions, starts ffmpeg.</summary>
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
        var media = await PlanAsync(head, probe, request.ClientCodecs, cancellationToken);
        if (request.StartPosition >= media.Segments.TotalDuration)
        {
            throw ProblemException.BadRequest("startPosition is past the end of the media.");
        }

        var id = Guid.NewGuid();
        var session = new PlaybackSession(
            id, ownerId, PlaybackSessionRegistry.NewToken(), media, request.StartPosition, request.Title,
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

    private async Task<SessionMedia> PlanAsync(SourceHead head, MediaProbe probe, IReadOnlySet<string> clientCodecs, CancellationToken cancellationToken)
    {
        var video = probe.Video ?? throw ProblemException.Unprocessable("The source has no video stream.");
        IReadOnlyList<double>? keyframes = null;
        if (RenditionPlanner.CanCopyVideo(video, clientCodecs) && (probe.IsMatroska || probe.IsMp4))
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
        // The timeline is the video's: tracks running longer are cut at its end (see FfmpegArgumentBuilder).
        if (keyframes is { Count: > 0 } && keyframes[0] < probe.TimelineEnd)
        {
            return new SessionMedia(
                head.Url, probe, RenditionPlanner.Plan(probe, clientCodecs, remux: true),
                SegmentPlanner.FromKeyframes(keyframes, probe.TimelineEnd), keyframes);
        }

        return new SessionMedia(
            head.Url, probe, RenditionPlanner.Plan(probe, clientCodecs, remux: false),
            SegmentPlanner.Uniform(probe.TimelineStart, probe.TimelineEnd), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} created: {Mode}, {Segments} segments, in {ElapsedMs} ms")]
    private static partial void LogCreated(ILogger logger, Guid sessionId, PlaybackMode mode, int segments, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "No usable keyframe index, transcoding: {Reason}")]
    private static partial void LogNoKeyframes(ILogger logger, string reason);
}
