using Microsoft.EntityFrameworkCore;
using ProStream.Server.Hosting;

namespace ProStream.Server.Data;

public static class DataModule
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var connectionString = builder.Configuration.GetConnectionString("Default");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Default is empty; set ConnectionStrings__Default.");
            }

            builder.Services.AddDbContext<ProStreamDbContext, PostgresProStreamDbContext>(db => db.UseNpgsql(connectionString));
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection(builder.Configuration) : connectionString;
            builder.Services.AddDbContext<ProStreamDbContext, SqliteProStreamDbContext>(db => db.UseSqlite(sqlite));
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<ProStreamDbContext>("database", tags: ["ready"]);
        return builder;
    }

    private static string DefaultSqliteConnection(IConfiguration configuration)
    {
        var settings = configuration.GetSection(ProStreamOptions.Section).Get<ProStreamOptions>() ?? new ProStreamOptions();
        return $"Data Source={Path.Combine(settings.ResolveDataDir(), "prostream.db")}";
    }
}
