namespace ProStream.Server.Data;

/// <summary>Settings under <c>Database:</c>; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start (default). Switch off to run them as a separate step.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
