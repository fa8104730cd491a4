using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProStream.Server.Hosting;

namespace ProStream.Server.Data;

public static class DataModule
{
    /// <remarks>Every <see cref="IInterceptor"/> registered by a module is added to the context (e.g. Identity's cache eviction).</remarks>
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

            builder.Services.AddDbContext<ProStreamDbContext, PostgresProStreamDbContext>((services, db) => db.UseNpgsql(connectionString).AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection(builder.Configuration) : connectionString;
            builder.Services.AddDbContext<ProStreamDbContext, SqliteProStreamDbContext>((services, db) => db.UseSqlite(sqlite).AddInterceptors(services.GetServices<IInterceptor>()));
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    private static string DefaultSqliteConnection(IConfiguration configuration)
    {
        var settings = configuration.GetSection(ProStreamOptions.Section).Get<ProStreamOptions>() ?? new ProStreamOptions();
        return $"Data Source={Path.Combine(settings.ResolveDataDir(), "prostream.db")}";
    }
}
