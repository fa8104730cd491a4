using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Readiness: ffmpeg and ffprobe can be started, and the HLS work directory is writable.</summary>
public sealed class FfmpegHealthCheck(IOptions<PlaybackOptions> options, PlaybackWorkDirectory workDirectory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var tool in new[] { options.Value.FfmpegPath, options.Value.FfprobePath })
        {
            if (!await StartsAsync(tool, cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"'{tool}' cannot be run.");
            }
        }

        try
        {
            var probe = Path.Combine(workDirectory.Root, $".write-check-{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The HLS work directory is not writable.", e);
        }

        return HealthCheckResult.Healthy();
    }

    private static async Task<bool> StartsAsync(string tool, CancellationToken cancellationToken)
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

            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await output;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
