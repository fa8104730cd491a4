using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Readiness: ffmpeg and ffprobe can be started (checked periodically, not per request), and the HLS work directory is writable.</summary>
public sealed class FfmpegHealthCheck(FfmpegToolCheck tools, PlaybackWorkDirectory workDirectory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await tools.ProblemAsync().WaitAsync(cancellationToken) is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
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
}
