namespace ProStream.Server.Hosting.Backup;

/// <summary>Settings under <c>Backup:</c>.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where <c>POST /api/admin/backup</c> writes its copies; empty = <c>&lt;DataDir&gt;/backups</c>.</summary>
    public string? Directory { get; set; }

    public string ResolveDirectory(ProStreamOptions server) =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(server.ResolveDataDir(), "backups") : Path.GetFullPath(Directory);
}
