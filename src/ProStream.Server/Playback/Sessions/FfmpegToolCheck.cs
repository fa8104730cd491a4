using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sessions;

/// <summary>
/// Whether ffmpeg and ffprobe can be started (both at once), checked from start-up on and again at most every
/// <see cref="RecheckAfter"/>: readiness calls share the last answer (or the one check in flight),
/// so anonymous <c>/health/ready</c> traffic never starts processes.
/// </summary>
public sealed class FfmpegToolCheck(IOptions<PlaybackOptions> options, TimeProvider time) : IHostedService
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _sync = new();
    private Task<string?>? _last;
    private DateTimeOffset _checkedAt;
    private int _runs;

    /// <summary>How many times the tools were actually started (a test seam).</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Null when both tools run; otherwise which one cannot be run.</summary>
    public Task<string?> ProblemAsync()
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            if (_last is null || (_last.IsCompleted && now - _checkedAt >= RecheckAfter))
            {
                _checkedAt = now;
                _last = CheckAsync();
            }

            return _last;
        }
    }

    // Started, not awaited: the two process starts overlap the rest of start-up; readiness awaits their answer.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = ProblemAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string?> CheckAsync()
    {
        Interlocked.Increment(ref _runs);
        string[] tools = [options.Value.FfmpegPath, options.Value.FfprobePath];
        var starts = await Task.WhenAll(tools.Select(StartsAsync));
        var broken = Array.IndexOf(starts, false);
        return broken < 0 ? null : $"'{tools[broken]}' cannot be run.";
    }

    private static async Task<bool> StartsAsync(string tool)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-version");
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            // A hang guard only: `-version` answers at once, and a shared check must not wait forever.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            _ = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            await output;
            return process.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return false;
        }
    }
}
