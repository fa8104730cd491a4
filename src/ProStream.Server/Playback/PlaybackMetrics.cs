using System.Diagnostics.Metrics;
using ProStream.Server.Hosting.Observability;

namespace ProStream.Server.Playback;

/// <summary>The <c>ProStream.Playback</c> meter.</summary>
public sealed class PlaybackMetrics
{
    public const string MeterName = "ProStream.Playback";

    private readonly UpDownCounter<int> _activeSessions;
    private readonly UpDownCounter<int> _ffmpegProcesses;
    private readonly Histogram<double> _startLatency;
    private readonly Histogram<double> _segmentWait;
    private readonly Counter<long> _restarts;
    private readonly Counter<long> _sourceBytes;
    private readonly Histogram<long> _sessionSourceBytes;

    public PlaybackMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _activeSessions = meter.CreateUpDownCounter<int>("prostream.playback.sessions.active", description: "Playback sessions alive.");
        _ffmpegProcesses = meter.CreateUpDownCounter<int>("prostream.playback.ffmpeg.processes", description: "ffmpeg processes running.");
        _startLatency = meter.CreateHistogram<double>("prostream.playback.session.start", "s", "From the create request to the session being answered.", advice: HistogramBuckets.Seconds);
        _segmentWait = meter.CreateHistogram<double>("prostream.playback.segment.wait", "s", "How long a segment request waited for ffmpeg.", advice: HistogramBuckets.SubSecond);
        _restarts = meter.CreateCounter<long>("prostream.playback.ffmpeg.restarts", description: "ffmpeg restarted at another segment (seeks).");
        _sourceBytes = meter.CreateCounter<long>("prostream.playback.source.bytes", "By", "Bytes read from sources, every reader included (probe, keyframe index, ffmpeg).");
        _sessionSourceBytes = meter.CreateHistogram<long>(
            "prostream.playback.session.source.bytes", "By", "Bytes a session read from its source, recorded when it ends.");
    }

    public void SessionStarted() => _activeSessions.Add(1);

    public void SessionEnded() => _activeSessions.Add(-1);

    public void FfmpegStarted() => _ffmpegProcesses.Add(1);

    public void FfmpegExited() => _ffmpegProcesses.Add(-1);

    public void StartLatency(TimeSpan elapsed, string mode) => _startLatency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("mode", mode));

    public void SegmentWait(TimeSpan elapsed) => _segmentWait.Record(elapsed.TotalSeconds);

    public void Restarted() => _restarts.Add(1);

    public void SourceBytesRead(long bytes) => _sourceBytes.Add(bytes);

    public void SessionSourceBytes(long bytes) => _sessionSourceBytes.Record(bytes);
}
