using System.Globalization;
using System.Text.RegularExpressions;

namespace ProStream.Server.Hosting.Backup;

/// <summary>Backup file names: <c>prostream-YYYYMMDD-HHMMSS.db</c> in UTC, so they sort by time; a suffix when two share a second.</summary>
public static partial class BackupNames
{
    public static string For(DateTimeOffset takenAt, int attempt) =>
        "prostream-" + takenAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)
        + (attempt == 0 ? "" : "-" + attempt.ToString(CultureInfo.InvariantCulture)) + ".db";

    /// <summary>
    /// The names among <paramref name="names"/> to delete so that the newest <paramref name="keep"/>
    /// backups remain (0 keeps all). Only names this class makes count; any other file is never chosen.
    /// </summary>
    public static IReadOnlyList<string> Expired(IEnumerable<string> names, int keep)
    {
        if (keep <= 0)
        {
            return [];
        }

        return [.. names
            .Select(name => (Name: name, Match: BackupName().Match(name)))
            .Where(entry => entry.Match.Success)
            .OrderByDescending(entry => entry.Match.Groups["stamp"].Value, StringComparer.Ordinal)
            .ThenByDescending(entry => entry.Match.Groups["attempt"].Success ? int.Parse(entry.Match.Groups["attempt"].Value, CultureInfo.InvariantCulture) : 0)
            .Skip(keep)
            .Select(entry => entry.Name)];
    }

    [GeneratedRegex(@"^prostream-(?<stamp>\d{8}-\d{6})(?:-(?<attempt>\d{1,6}))?\.db$", RegexOptions.CultureInvariant)]
    private static partial Regex BackupName();
}
