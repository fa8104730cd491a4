using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Data;

/// <summary>
/// Applies pending EF Core migrations before the server accepts requests (hosted services start
/// before Kestrel), so the embedded default works with no setup step.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStreamDbContext>();
        if (options.Value.MigrateOnStart)
        {
            await MigrateAsync(db, cancellationToken);
        }

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            SqliteFileModes.Restrict(db.Database.GetConnectionString());
        }
    }

    private async Task MigrateAsync(ProStreamDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, pending.Count, options.Value.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s) on {Provider}")]
    private static partial void LogMigrating(ILogger logger, int count, DatabaseProvider provider);
}
