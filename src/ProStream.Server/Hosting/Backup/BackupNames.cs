using System.Globalization;

namespace ProStream.Server.Hosting.Backup;

/// <summary>Backup file names: <c>prostream-YYYYMMDD-HHMMSS.db</c> in UTC, so they sort by time; a suffix when two share a second.</summary>
public static class BackupNames
{
    public static string For(DateTimeOffset takenAt, int attempt) =>
        "prostream-" + takenAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)
        + (attempt == 0 ? "" : "-" + attempt.ToString(CultureInfo.InvariantCulture)) + ".db";
}
