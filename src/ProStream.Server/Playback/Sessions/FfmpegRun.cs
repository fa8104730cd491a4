using System.Diagnostics;

namespace ProStream.Server.Playback.Sessions;

/// <summary>One ffmpeg process of a session, writing from <see cref="StartSegment"/> on. Stopping kills its tree and awaits its exit.</summary>
internal sealed partial class FfmpegRun : IAsyncDisposable
{
    private const int StderrLines = 20;

    private readonly Process _process;
    private readonly Queue<string> _stderr = new();
    private readonly PlaybackMetrics _metrics;
    private readonly Task<int> _exited;
    private int _suspended;

    private FfmpegRun(Process process, int startSegment, int runNumber, PlaybackMetrics metrics)
    {
        _process = process;
        StartSegment = startSegment;
        RunNumber = runNumber;
        _metrics = metrics;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stderr)
            {
                _stderr.Enqueue(e.Data);
                while (_stderr.Count > StderrLines)
                {
                    _stderr.Dequeue();
                }
            }
        };
        _process.BeginErrorReadLine();
        _exited = WaitForExitAsync();
    }

    public int StartSegment { get; }

    public int RunNumber { get; }

    public int ProcessId => _process.Id;

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited;

    public bool HasExited => _exited.IsCompleted;

    /// <summary>True once <see cref="StopAsync"/> was called: its exit is not a failure.</summary>
    public bool Stopped { get; private set; }

    public bool IsSuspended => Volatile.Read(ref _suspended) == 1;

    public string ErrorOutput
    {
        get
        {
            lock (_stderr)
            {
                return string.Join('\n', _stderr);
            }
        }
    }

    public static FfmpegRun Start(string ffmpegPath, IReadOnlyList<string> arguments, int startSegment, int runNumber, PlaybackMetrics metrics)
    {
        var start = new ProcessStartInfo(ffmpegPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = false,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        metrics.FfmpegStarted();
        return new FfmpegRun(process, startSegment, runNumber, metrics);
    }

    public void Suspend()
    {
        if (!HasExited && Interlocked.CompareExchange(ref _suspended, 1, 0) == 0 && !PosixSignals.Stop(_process.Id))
        {
            Volatile.Write(ref _suspended, 0);
        }
    }

    public void Resume()
    {
        if (Interlocked.CompareExchange(ref _suspended, 0, 1) == 1 && !HasExited)
        {
            PosixSignals.Continue(_process.Id);
        }
    }

    public async ValueTask StopAsync()
    {
        Stopped = true;
        if (!HasExited)
        {
            try
            {
                // SIGKILL also ends a stopped process.
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }

        await _exited;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private async Task<int> WaitForExitAsync()
    {
        try
        {
            await _process.WaitForExitAsync();
            return _process.ExitCode;
        }
        finally
        {
            _metrics.FfmpegExited();
        }
    }
}
