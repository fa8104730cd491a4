using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Data;
using ProStream.Server.Identity;

namespace ProStream.Server.Hosting.Backup;

/// <summary><c>POST /api/admin/backup</c>: a consistent copy of the embedded database, made while the server runs.</summary>
public static class BackupModule
{
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteBackup>();
        return services;
    }

    public static IEndpointRouteBuilder MapBackup(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/backup", Create)
            .WithTags("Administration")
            .RequireAuthorization(Roles.AdminPolicy)
            .WithSummary("Copy the SQLite database, consistently and while the server runs, into the backup directory; answers the file's name and size. Copies beyond the newest `Backup__Keep` are deleted. With PostgreSQL: 409, use pg_dump.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<BackupDto>> Create(SqliteBackup backup, ProStreamDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await backup.CreateAsync(db, ct));
}
