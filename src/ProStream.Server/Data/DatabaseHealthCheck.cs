using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProStream.Server.Data;

/// <summary>
/// Ready while the database accepts connections. Unlike EF Core's stock check, a probe the client
/// gave up on (a load balancer's timeout, a closed connection) ends as a cancelled request, not as an
/// "Unhealthy" result logged at Error: only the database's own failures are reported. The answer is
/// public, so it names no host or port; the exception goes to the log (with the check's Error line).
/// </summary>
internal sealed class DatabaseHealthCheck(ProStreamDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, "The database does not accept connections.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer; the server log has the reason.", e);
        }
    }
}
