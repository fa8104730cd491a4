namespace ProStream.Server.Playback.Sessions;

/// <summary>What each step of a session start cost, in milliseconds, for the "created" log line (and the bench that reads it).</summary>
internal sealed class StartSteps(TimeProvider time)
{
    private readonly TimeProvider _time = time;
    private readonly long _started = time.GetTimestamp();
    private long _last = time.GetTimestamp();
    private long _indexTicks = -1;

    public double OpenMs { get; private set; }

    public double ProbeMs { get; private set; }

    public string Prober { get; set; } = "none";

    /// <summary>From the source's opening to the end of the keyframe index read (which runs alongside the probe); null before it ends.</summary>
    public double? IndexMs => Interlocked.Read(ref _indexTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks).TotalMilliseconds : null;

    public double FfmpegMs { get; private set; }

    public void Opened() => OpenMs = Lap();

    public void Probed() => ProbeMs = Lap();

    public void FfmpegStarted() => FfmpegMs = Lap();

    public IDisposable IndexRead() => new IndexScope(this);

    private double Lap()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_last, now).TotalMilliseconds;
        _last = now;
        return elapsed;
    }

    private sealed class IndexScope(StartSteps steps) : IDisposable
    {
        public void Dispose()
        {
            var sinceOpened = steps._time.GetElapsedTime(steps._started) - TimeSpan.FromMilliseconds(steps.OpenMs);
            Interlocked.Exchange(ref steps._indexTicks, Math.Max(0, sinceOpened.Ticks));
        }
    }
}
