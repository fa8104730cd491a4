using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Hosting.Health;

/// <summary>Ready only while the data directory accepts writes (database file, keys, HLS work).</summary>
internal sealed class DataDirectoryWritableCheck(IOptions<ProStreamOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var probe = Path.Combine(options.Value.ResolveDataDir(), $".ready-{Guid.NewGuid():N}");
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy("The data directory is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"The data directory is not writable: {e.Message}");
        }
    }
}
