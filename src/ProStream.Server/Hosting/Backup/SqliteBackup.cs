using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Hosting.Backup;

public sealed record BackupDto(string Name, long SizeBytes, DateTimeOffset CreatedAt);

/// <summary>
/// Copies the embedded SQLite database while the server runs, with SQLite's online backup API: the
/// copy is one consistent snapshot (a read transaction; in WAL mode writers go on meanwhile). One
/// backup at a time; files are the owner's only (directory 0700, file 0600), like the database.
/// </summary>
internal sealed partial class SqliteBackup(
    IOptions<DatabaseOptions> database,
    IOptions<BackupOptions> backup,
    IOptions<ProStreamOptions> server,
    TimeProvider time,
    ILogger<SqliteBackup> logger)
{
    private const UnixFileMode DirectoryMode = ProStreamOptions.DataDirMode;
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<BackupDto> CreateAsync(ProStreamDbContext db, CancellationToken ct)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            throw ProblemException.Conflict(
                "This server keeps its data in PostgreSQL, which this endpoint cannot copy; back it up with pg_dump (docs/operations.md, \"PostgreSQL backups\").");
        }

        if (!await _one.WaitAsync(TimeSpan.Zero, ct))
        {
            throw ProblemException.Conflict("A backup is already being made; try again when it has finished.");
        }

        try
        {
            return Copy(db.Database.GetConnectionString()!);
        }
        finally
        {
            _one.Release();
        }
    }

    private BackupDto Copy(string sourceConnection)
    {
        var directory = PrepareDirectory(backup.Value.ResolveDirectory(server.Value));
        var takenAt = time.GetUtcNow();
        var path = CreateEmptyFile(directory, takenAt);
        try
        {
            using (var source = new SqliteConnection(sourceConnection))
            using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                source.Open();
                source.BackupDatabase(destination);
            }

            var size = new FileInfo(path).Length;
            LogBackupMade(logger, Path.GetFileName(path), size);
            Prune(directory);
            return new BackupDto(Path.GetFileName(path), size, takenAt);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    // After a copy succeeded, never before: a failing backup must not cost an older good one.
    private void Prune(string directory)
    {
        var names = System.IO.Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>();
        foreach (var name in BackupNames.Expired(names, backup.Value.Keep))
        {
            try
            {
                File.Delete(Path.Combine(directory, name));
                LogBackupDeleted(logger, name);
            }
            catch (IOException exception)
            {
                LogBackupNotDeleted(logger, name, exception.Message);
            }
            catch (UnauthorizedAccessException exception)
            {
                LogBackupNotDeleted(logger, name, exception.Message);
            }
        }
    }

    private static string PrepareDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }

        var directory = Directory.CreateDirectory(path, DirectoryMode);
        if ((directory.UnixFileMode & ~DirectoryMode) != 0)
        {
            // Created earlier with a looser mode: a copy of the database holds every account's data.
            directory.UnixFileMode = DirectoryMode;
        }

        return directory.FullName;
    }

    // Created empty with mode 0600 before SQLite writes into it, so the copy is never readable by others.
    private static string CreateEmptyFile(string directory, DateTimeOffset takenAt)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(directory, BackupNames.For(takenAt, attempt));
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = SqliteFileModes.Owner;
                }

                using (File.Open(path, options))
                {
                }

                return path;
            }
            catch (IOException) when (File.Exists(path) && attempt < 100)
            {
                // Another backup in the same second: the next suffix.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backup {Name} written ({SizeBytes} bytes)")]
    private static partial void LogBackupMade(ILogger logger, string name, long sizeBytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Old database backup {Name} deleted (Backup:Keep)")]
    private static partial void LogBackupDeleted(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old database backup {Name} could not be deleted: {Reason}")]
    private static partial void LogBackupNotDeleted(ILogger logger, string name, string reason);
}
