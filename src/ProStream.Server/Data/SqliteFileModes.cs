using Microsoft.Data.Sqlite;

namespace ProStream.Server.Data;

/// <summary>
/// The SQLite database and its -wal/-shm files are readable by the server's user only (0600).
/// SQLite gives the journal files it creates later the database file's mode, so setting it once
/// at start holds; the data directory (0700) closes the moment before.
/// </summary>
internal static class SqliteFileModes
{
    public const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Restrict(string? connectionString)
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var path in new[] { source, source + "-wal", source + "-shm", source + "-journal" })
        {
            if (File.Exists(path) && File.GetUnixFileMode(path) != Owner)
            {
                File.SetUnixFileMode(path, Owner);
            }
        }
    }
}
