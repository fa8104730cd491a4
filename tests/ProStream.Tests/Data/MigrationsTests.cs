using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;

namespace ProStream.Tests.Data;

/// <summary>
/// Each provider's migrations describe the model exactly: a change to an entity without its
/// migration (or a migration merged without the other provider's) fails here, not on a user's upgrade.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteProStreamDbContext(new DbContextOptionsBuilder<SqliteProStreamDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model has changes no migration holds: dotnet ef migrations add … --context SqliteProStreamDbContext");
    }

    [Fact]
    public void Postgres_migrations_cover_the_model()
    {
        using var db = new PostgresProStreamDbContext(new DbContextOptionsBuilder<PostgresProStreamDbContext>().UseNpgsql("Host=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model has changes no migration holds: dotnet ef migrations add … --context PostgresProStreamDbContext");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = new SqliteProStreamDbContext(new DbContextOptionsBuilder<SqliteProStreamDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresProStreamDbContext(new DbContextOptionsBuilder<PostgresProStreamDbContext>().UseNpgsql("Host=unused").Options);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
