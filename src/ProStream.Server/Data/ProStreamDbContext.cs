using Microsoft.EntityFrameworkCore;
using ProStream.Server.Identity;
using ProStream.Server.Library;

namespace ProStream.Server.Data;

/// <summary>
/// The application's database. Each provider has its own subclass so that each keeps its own
/// migration set (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
/// </summary>
public abstract class ProStreamDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<AppSetting> Settings => Set<AppSetting>();

    public DbSet<WatchlistItem> Watchlist => Set<WatchlistItem>();

    public DbSet<Identity.Invitations.Invitation> Invitations => Set<Identity.Invitations.Invitation>();

    public DbSet<Identity.ApiKeys.ApiKey> ApiKeys => Set<Identity.ApiKeys.ApiKey>();

    public DbSet<Identity.RefreshTokens.RefreshToken> RefreshTokens => Set<Identity.RefreshTokens.RefreshToken>();

    public DbSet<Debrid.OwnedMagnet> OwnedMagnets => Set<Debrid.OwnedMagnet>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<EpisodeProgress> EpisodeProgress => Set<EpisodeProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProStreamDbContext).Assembly);
    }
}

public sealed class SqliteProStreamDbContext(DbContextOptions<SqliteProStreamDbContext> options)
    : ProStreamDbContext(options)
{
    // SQLite cannot order by DateTimeOffset; stored as a sortable 64-bit number instead.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresProStreamDbContext(DbContextOptions<PostgresProStreamDbContext> options)
    : ProStreamDbContext(options);
