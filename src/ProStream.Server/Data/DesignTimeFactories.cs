using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProStream.Server.Data;

// Used only by `dotnet ef migrations add`; each provider's migrations are generated separately.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteProStreamDbContext>
{
    public SqliteProStreamDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProStreamDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresProStreamDbContext>
{
    public PostgresProStreamDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresProStreamDbContext>().UseNpgsql("Host=localhost;Database=prostream_design").Options);
}
