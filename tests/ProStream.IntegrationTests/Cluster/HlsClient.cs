using System.Diagnostics;
using System.Globalization;

namespace ProStream.IntegrationTests.Cluster;

/// <summary>
/// ffmpeg as a real HLS client reading a master playlist at the film's own pace (<c>-re</c>), one connection per
/// request; it records when its output position last moved, so the longest stall can be measured.
/// </summary>
public sealed class HlsClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _errors = [];
    private readonly Lock _sync = new();
    private double _position;
    private TimeSpan _lastAdvance;
    private TimeSpan _longestStall;

    private HlsClient(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => OnProgress(e.Data);
        process.ErrorDataReceived += (_, e) => OnError(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Seconds of the film played so far.</summary>
    public double Position { get { lock (_sync) { return _position; } } }

    /// <summary>The longest wall-clock time the position did not move while playing.</summary>
    public TimeSpan LongestStall { get { lock (_sync) { return _longestStall; } } }

    /// <summary>What ffmpeg reported on stderr (warnings and errors only: a failed segment, an HTTP error).</summary>
    public IReadOnlyList<string> Errors { get { lock (_sync) { return [.. _errors]; } } }

    public static HlsClient Play(Uri masterPlaylist)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-hide_banner", "-nostdin", "-v", "warning", "-http_persistent", "0", "-re", "-i", masterPlaylist.ToString(),
            "-map", "0:v:0", "-map", "0:a:0", "-f", "null", "-progress", "pipe:1", "-stats_period", "0.25", "-",
        })
        {
            start.ArgumentList.Add(argument);
        }

        return new HlsClient(Process.Start(start)!);
    }

    public async Task<int> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var timeout = new CancellationTokenSource(hangGuard);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits (hang guard only) until the film has played to <paramref name="seconds"/>.</summary>
    public async Task<bool> ReachedAsync(double seconds, TimeSpan hangGuard)
    {
        var until = _clock.Elapsed + hangGuard;
        while (Position < seconds && !_process.HasExited && _clock.Elapsed < until)
        {
            await Task.Delay(100);
        }

        return Position >= seconds;
    }

    // ffmpeg's HLS demuxer does not read WebVTT renditions and says so once: not a playback problem.
    private void OnError(string? line)
    {
        if (line is { Length: > 0 } && !line.Contains("Can't support the subtitle", StringComparison.Ordinal))
        {
            lock (_sync)
            {
                _errors.Add(line);
            }
        }
    }

    private void OnProgress(string? line)
    {
        if (line is null || !line.StartsWith("out_time_us=", StringComparison.Ordinal)
            || !long.TryParse(line.AsSpan("out_time_us=".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var microseconds))
        {
            return;
        }

        lock (_sync)
        {
            var position = microseconds / 1_000_000.0;
            if (position <= _position)
            {
                return;
            }

            var now = _clock.Elapsed;
            if (_position > 0 && now - _lastAdvance > _longestStall)
            {
                _longestStall = now - _lastAdvance;
            }

            (_position, _lastAdvance) = (position, now);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
