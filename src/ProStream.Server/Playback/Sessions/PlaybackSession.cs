using System.Collections.Concurrent;
using System.Diagnostics;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Ffmpeg;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;
using ProStream.Server.Playback.Sources;
using ProStream.Server.Playback.Subtitles;

namespace ProStream.Server.Playback.Sessions;

/// <summary>
/// One viewer's playback: owns its ffmpeg run (at most one at a time), its cancellation and its directory.
/// Segment requests are served from disk, awaited when ffmpeg is about to write them, or restart ffmpeg there.
/// </summary>
public sealed partial class PlaybackSession : IAsyncDisposable
{
    private readonly PlaybackOptions _options;
    private readonly TimeProvider _time;
    private readonly PlaybackMetrics _metrics;
    private readonly PlaybackWorkDirectory _workDirectory;
    private readonly ILogger _logger;
    private readonly SessionFiles _files;
    private readonly SessionSource _source;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly FileSystemWatcher _watcher;
    private readonly bool[] _videoComplete;
    private readonly SubtitleCueIndex[] _subtitles;
    private readonly ConcurrentDictionary<string, byte[]> _initSegments = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FfmpegRun? _run;
    private int _runCount;
    private int _lastRequested;
    private int _frontierHint;
    private long _lastActivityTicks;
    private Task? _release;

    internal PlaybackSession(
        Guid id, Guid ownerId, string token, SessionMedia media, double startPosition, PlayedTitle? title,
        PlaybackOptions options, TimeProvider time, PlaybackMetrics metrics, PlaybackWorkDirectory workDirectory, ILogger logger,
        SessionSource source)
    {
        Id = id;
        OwnerId = ownerId;
        Token = token;
        Media = media;
        StartPosition = startPosition;
        Title = title;
        _options = options;
        _time = time;
        _metrics = metrics;
        _workDirectory = workDirectory;
        _logger = logger;
        _source = source;
        _videoComplete = new bool[media.Segments.Segments.Count];
        _lastRequested = media.Segments.IndexAt(startPosition);
        CreatedAt = time.GetUtcNow();
        Touch();

        _files = new SessionFiles(workDirectory.SessionPath(id), media.Renditions, media.Segments.Segments.Count);
        _files.Create();
        _subtitles = [.. media.Renditions.Subtitles.Select(s => new SubtitleCueIndex(Path.Combine(_files.Directory, s.DirectoryName), options.MaxSubtitleBytes))];
        var offset = startPosition > 0 ? startPosition : (double?)null;
        MasterPlaylist = MasterPlaylistWriter.Write(media.Renditions);
        var playlists = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [VideoRendition.Name] = HlsPlaylistWriter.WriteMedia(media.Segments, VideoRendition.Name, HlsPlaylistWriter.MediaSegmentExtension, offset),
        };
        foreach (var audio in media.Renditions.Audio)
        {
            playlists[audio.DirectoryName] = HlsPlaylistWriter.WriteMedia(media.Segments, audio.DirectoryName, HlsPlaylistWriter.MediaSegmentExtension, offset);
        }

        foreach (var subtitle in media.Renditions.Subtitles)
        {
            playlists[subtitle.DirectoryName] = HlsPlaylistWriter.WriteMedia(media.Segments, subtitle.DirectoryName, HlsPlaylistWriter.SubtitleSegmentExtension, offset);
        }

        MediaPlaylists = playlists;
        _watcher = new FileSystemWatcher(_files.Directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName };
        _watcher.Created += (_, _) => OnFilesChanged();
        _watcher.EnableRaisingEvents = true;
    }

    public Guid Id { get; }

    public Guid OwnerId { get; }

    public string Token { get; }

    public SessionMedia Media { get; }

    public double StartPosition { get; }

    public PlayedTitle? Title { get; }

    public DateTimeOffset CreatedAt { get; }

    public PlaybackStatus Status { get; private set; } = PlaybackStatus.Starting;

    public string? FailureReason { get; private set; }

    public string MasterPlaylist { get; }

    /// <summary>Media playlists by rendition name (<c>v</c>, <c>a0</c>, <c>s0</c>…).</summary>
    public IReadOnlyDictionary<string, string> MediaPlaylists { get; }

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    public bool IsAlive => Status is PlaybackStatus.Starting or PlaybackStatus.Ready;

    public void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    /// <summary>Starts ffmpeg at the start position, or at <paramref name="firstSegment"/> (a session taken over mid-film).</summary>
    internal async Task StartAsync(int? firstSegment, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var index = firstSegment is { } first && first >= 0 && first < Media.Segments.Segments.Count ? first : Media.Segments.IndexAt(StartPosition);
            _lastRequested = index;
            await RestartAsync(index, countAsSeek: false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The init segment of the video (<c>v</c>) or an audio rendition (<c>aN</c>): ffmpeg writes it before the
    /// first segment of each run, the same bytes every run, so it is read once and kept.
    /// </summary>
    public async Task<byte[]> GetInitSegmentAsync(string rendition, CancellationToken cancellationToken)
    {
        Touch();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        timeout.CancelAfter(_options.SegmentTimeout);
        try
        {
            while (true)
            {
                // Taken before looking at the file, so a file appearing right after the look still wakes us.
                var changed = _changed.Task;
                ThrowIfNotAlive();
                if (_initSegments.TryGetValue(rendition, out var cached))
                {
                    return cached;
                }

                if (_files.ReadInitSegment(rendition) is { } init)
                {
                    return _initSegments.GetOrAdd(rendition, init);
                }

                await changed.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            throw ProblemException.NotFound("The playback session has ended.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw NotReady();
        }
    }

    /// <summary>The full path of a complete CMAF segment of the video (<c>v</c>) or an audio rendition (<c>aN</c>).</summary>
    public async Task<string> GetSegmentAsync(string rendition, int index, CancellationToken cancellationToken)
    {
        await EnsureCompleteAsync(rendition, index, cancellationToken);
        _files.StripSegmentHeader(rendition, index);
        return _files.SegmentPath(rendition, index);
    }

    /// <summary>The WebVTT segment of a subtitle rendition, cut from what ffmpeg has extracted so far.</summary>
    public async Task<string> GetSubtitleSegmentAsync(SubtitleRendition subtitle, int index, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _videoComplete[index]))
        {
            await EnsureCompleteAsync(VideoRendition.Name, index, cancellationToken);
        }

        var segment = Media.Segments.Segments[index];
        // Run count first: a restart publishes its new run before counting it, so "exited" never marks a new run final.
        var runs = Volatile.Read(ref _runCount);
        var exited = Volatile.Read(ref _run) is not { HasExited: false };
        return _subtitles[subtitle.Number].Slice(FfmpegArgumentBuilder.SubtitleRunFileName, runs, exited, segment.Start, segment.End);
    }

    /// <summary>Whether subtitle rendition <paramref name="number"/> passed <see cref="PlaybackOptions.MaxSubtitleBytes"/> and is no longer served.</summary>
    public bool IsSubtitleTooLarge(int number) => _subtitles[number].TooLarge;

    /// <summary>WebVTT bytes parsed for subtitle rendition <paramref name="number"/> (a test seam: each byte once).</summary>
    internal long SubtitleBytesParsed(int number) => _subtitles[number].BytesParsed;

    private async Task EnsureCompleteAsync(string rendition, int index, CancellationToken cancellationToken)
    {
        Touch();
        var started = _time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        timeout.CancelAfter(_options.SegmentTimeout);
        try
        {
            while (true)
            {
                Task changed;
                await _gate.WaitAsync(timeout.Token);
                try
                {
                    // Taken before looking at the files, so a segment appearing right after the look still wakes us.
                    changed = _changed.Task;
                    ThrowIfNotAlive();
                    _lastRequested = index;
                    if (_files.IsComplete(rendition, index, _run))
                    {
                        OnServed(rendition, index);
                        break;
                    }

                    var run = _run;
                    var frontier = run is null ? -1 : _files.Frontier(run, _frontierHint);
                    var awaitable = run is { HasExited: false } && index >= run.StartSegment && index <= frontier + _options.WaitWindowSegments;
                    if (!awaitable)
                    {
                        await RestartAsync(index, countAsSeek: true);
                    }

                    Throttle();
                }
                finally
                {
                    _gate.Release();
                }

                await changed.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            throw ProblemException.NotFound("The playback session has ended.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw NotReady();
        }

        _metrics.SegmentWait(_time.GetElapsedTime(started));
    }

    private static ProblemException NotReady() =>
        new(StatusCodes.Status503ServiceUnavailable, "Segment not ready", "ffmpeg did not produce the segment in time.") { RetryAfterSeconds = 1 };

    private void OnServed(string rendition, int index)
    {
        if (rendition == VideoRendition.Name)
        {
            Volatile.Write(ref _videoComplete[index], true);
        }

        Status = PlaybackStatus.Ready;
        _files.DeleteBefore(index - _options.KeepBehindSegments);
        Throttle();
    }

    // Called with the gate held.
    private async Task RestartAsync(int index, bool countAsSeek)
    {
        if (_run is { } previous)
        {
            await previous.DisposeAsync();
            _run = null;
        }

        _files.DeleteFromAndIncomplete(index);
        var runNumber = _runCount;
        var job = new FfmpegJob(
            Media.Source, Media.Renditions, Media.Segments, Media.Keyframes, index, _files.Directory, runNumber,
            InputFormat: _source.Demuxer,
            AudioFrameDurations: Media.Renditions.Audio.Select(AudioFrameDuration).ToArray());
        var run = FfmpegRun.Start(_options.FfmpegPath, FfmpegArgumentBuilder.Build(job), index, runNumber, _metrics);
        PlaybackWorkDirectory.WritePidFile(_files.Directory, run.ProcessId);
        _run = run;
        Volatile.Write(ref _runCount, runNumber + 1);
        _frontierHint = index;
        if (countAsSeek)
        {
            _metrics.Restarted();
        }

        LogStarted(_logger, Id, index, run.ProcessId);
        _ = ObserveExitAsync(run);
    }

    private double AudioFrameDuration(AudioRendition audio)
    {
        var source = Media.Probe.Audio.FirstOrDefault(a => a.Index == audio.SourceIndex);
        return AudioFrames.Duration(audio.Copy ? source?.Codec ?? "aac" : "aac", source?.SampleRate);
    }

    private async Task ObserveExitAsync(FfmpegRun run)
    {
        var exitCode = await run.Exited;
        if (exitCode != 0 && !run.Stopped && !_lifetime.IsCancellationRequested)
        {
            FailureReason = $"ffmpeg exited with code {exitCode}: {run.ErrorOutput}".Trim();
            Status = PlaybackStatus.Failed;
            LogFailed(_logger, Id, exitCode, run.ErrorOutput);
            _ = ReleaseOnceAsync();
        }

        Pulse();
    }

    private void OnFilesChanged()
    {
        Throttle();
        Pulse();
    }

    // Suspends ffmpeg when it is far ahead of the viewer or over the disk budget; resumes it otherwise.
    private void Throttle()
    {
        lock (_sync)
        {
            if (_run is not { HasExited: false } run)
            {
                return;
            }

            _frontierHint = _files.Frontier(run, _frontierHint);
            if (_frontierHint > run.StartSegment && Status == PlaybackStatus.Starting)
            {
                Status = PlaybackStatus.Ready;
            }

            var ahead = _frontierHint - _lastRequested > _options.AheadSegments;
            var overBudget = _files.Size() > _options.DiskBudgetBytes;
            if (ahead || overBudget)
            {
                if (overBudget)
                {
                    _files.DeleteBefore(_lastRequested - 1);
                }

                run.Suspend();
            }
            else
            {
                run.Resume();
            }
        }
    }

    private void Pulse()
    {
        var previous = Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    private void ThrowIfNotAlive()
    {
        if (Status == PlaybackStatus.Failed)
        {
            throw new ProblemException(StatusCodes.Status502BadGateway, "Playback failed", FailureReason ?? "ffmpeg failed.");
        }

        if (Status == PlaybackStatus.Ended)
        {
            throw ProblemException.NotFound("The playback session has ended.");
        }
    }

    private Task ReleaseOnceAsync()
    {
        lock (_sync)
        {
            return _release ??= ReleaseAsync();
        }
    }

    /// <summary>Stops ffmpeg and deletes the directory; the session object stays readable (status, failure reason).</summary>
    private async Task ReleaseAsync()
    {
        await _lifetime.CancelAsync();
        _watcher.Dispose();
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (_run is { } run)
            {
                await run.DisposeAsync();
                _run = null;
            }

            await _source.DisposeAsync();
            _workDirectory.DeleteDirectory(_files.Directory);
        }
        finally
        {
            _gate.Release();
        }

        Pulse();
    }

    public async ValueTask DisposeAsync()
    {
        if (Status != PlaybackStatus.Failed)
        {
            Status = PlaybackStatus.Ended;
        }

        await ReleaseOnceAsync();
        _lifetime.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: ffmpeg {Pid} started at segment {Segment}")]
    private static partial void LogStarted(ILogger logger, Guid sessionId, int segment, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: ffmpeg failed with {ExitCode}: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid sessionId, int exitCode, string error);
}
