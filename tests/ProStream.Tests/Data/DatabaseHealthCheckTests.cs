using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProStream.Server.Data;

namespace ProStream.Tests.Data;

public sealed class DatabaseHealthCheckTests
{
    private static HealthCheckContext Context(DatabaseHealthCheck check) =>
        new() { Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, ["ready"]) };

    private static SqliteProStreamDbContext Sqlite(string dataSource) =>
        new(new DbContextOptionsBuilder<SqliteProStreamDbContext>().UseSqlite($"Data Source={dataSource}").Options);

    [Fact]
    public async Task A_database_that_answers_is_healthy()
    {
        await using var db = Sqlite(":memory:");
        var check = new DatabaseHealthCheck(db);

        var result = await check.CheckHealthAsync(Context(check), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_database_that_fails_is_unhealthy_with_a_public_description_naming_no_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "prostream-tests", "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.db");
        await using var db = new SqliteProStreamDbContext(new DbContextOptionsBuilder<SqliteProStreamDbContext>()
            .UseSqlite($"Data Source={missing};Mode=ReadOnly").Options);
        var check = new DatabaseHealthCheck(db);

        var result = await check.CheckHealthAsync(Context(check), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain("no-such-dir", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_probe_the_client_gave_up_on_is_cancelled_not_reported_unhealthy()
    {
        await using var db = Sqlite(":memory:");
        var check = new DatabaseHealthCheck(db);
        using var gaveUp = new CancellationTokenSource();
        await gaveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => check.CheckHealthAsync(Context(check), gaveUp.Token));
    }
}
