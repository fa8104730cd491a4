using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Hosting.Backup;

/// <summary>Settings under <c>Backup:</c>.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where <c>POST /api/admin/backup</c> writes its copies; empty = <c>&lt;DataDir&gt;/backups</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>How many of the newest copies a backup leaves in the directory (older ones are deleted); 0 keeps all.</summary>
    [Range(0, 10_000)]
    public int Keep { get; set; } = 14;

    public string ResolveDirectory(ProStreamOptions server) =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(server.ResolveDataDir(), "backups") : Path.GetFullPath(Directory);
}
