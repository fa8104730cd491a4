using Npgsql;

namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>
/// Chooses each test's database. By default a private SQLite file in the test's data directory.
/// When <c>PROSTREAM_TEST_POSTGRES</c> holds a connection string to a PostgreSQL server (scripts/test
/// starts one on loopback), every test gets its own freshly migrated PostgreSQL database instead.
/// </summary>
public static class TestDatabases
{
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("PROSTREAM_TEST_POSTGRES");

    public static bool UsePostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    /// <summary>Points the app at a new PostgreSQL database unless the test chose its own database.</summary>
    public static string? ConfigurePostgres(IDictionary<string, string?> settings, IDictionary<string, string?>? testSettings)
    {
        if (!UsePostgres || testSettings?.ContainsKey("Database:Provider") == true || testSettings?.ContainsKey("ConnectionStrings:Default") == true)
        {
            return null;
        }

        var name = $"prostream_test_{Guid.NewGuid():N}";
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        return name;
    }

    /// <summary>Settings for a database that outlives one app (restart tests); empty with SQLite.</summary>
    public static (Dictionary<string, string?> Settings, string? Database) Shared()
    {
        var settings = new Dictionary<string, string?>();
        var name = ConfigurePostgres(settings, null);
        return (settings, name);
    }

    public static async Task DropPostgresAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
