using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

/// <summary>
/// A backup of the embedded database made while viewers keep writing is one consistent snapshot:
/// restored into a fresh server (as docs/operations.md says), accounts and data written before it are there,
/// data written after it is not.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupTests
{
    private const string Password = "correct horse battery";
    // The writer may outrun the per-user rate limit on a fast machine.
    private static readonly Dictionary<string, string?> Sqlite = new() { ["Database:Provider"] = "Sqlite", ["RateLimiting:Enabled"] = "false" };

    private sealed record BackupBody(string Name, long SizeBytes, DateTimeOffset CreatedAt);

    private sealed record WatchlistBody(int TmdbId);

    [Fact]
    public async Task A_backup_taken_during_writes_restores_into_a_fresh_server_with_the_data()
    {
        await using var app = new ProStreamApp(Sqlite);
        var admin = await app.RegisterAndLoginAsync("admin@example.com", Password);
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com", Password);
        await AddAsync(viewer, 1);

        BackupBody backup;
        await using (var writer = new Writer(viewer))
        {
            await writer.WaitForAsync(5);
            backup = await admin.PostAsync("/api/admin/backup", null).ReadJsonAsync<BackupBody>(HttpStatusCode.OK);
            await writer.WaitForAsync(writer.Written + 5);
        }

        await AddAsync(viewer, 999_999);
        var directory = Path.Combine(app.DataDir, "backups");
        var file = Path.Combine(directory, backup.Name);
        Assert.Matches(@"^prostream-\d{8}-\d{6}\.db$", backup.Name);
        Assert.Equal(new FileInfo(file).Length, backup.SizeBytes);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));

        await AssertRestoresAsync(file, mustHave: 1, mustNotHave: 999_999);
    }

    [Fact]
    public async Task The_documented_command_backs_up_a_running_server_consistently()
    {
        await using var app = new ProStreamApp(Sqlite);
        await app.RegisterAndLoginAsync("admin@example.com", Password);
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com", Password);
        await AddAsync(viewer, 1);
        var target = TestDirectory.Create("backup-command");
        try
        {
            string file;
            await using (var writer = new Writer(viewer))
            {
                await writer.WaitForAsync(5);
                file = await RunBackupScriptAsync(app.DataDir, target);
                await writer.WaitForAsync(writer.Written + 5);
            }

            await AddAsync(viewer, 999_999);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            await AssertRestoresAsync(file, mustHave: 1, mustNotHave: 999_999);
        }
        finally
        {
            TestDirectory.Delete(target);
        }
    }

    [Fact]
    public async Task A_backup_leaves_only_the_newest_copies_and_nothing_else_is_touched()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?>(Sqlite) { ["Backup:Keep"] = "2" });
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var directory = Path.Combine(app.DataDir, "backups");
        var first = await admin.PostAsync("/api/admin/backup", null).ReadJsonAsync<BackupBody>(HttpStatusCode.OK);
        await File.WriteAllTextAsync(Path.Combine(directory, "notes.txt"), "the admin's own file");

        var second = await admin.PostAsync("/api/admin/backup", null).ReadJsonAsync<BackupBody>(HttpStatusCode.OK);
        var third = await admin.PostAsync("/api/admin/backup", null).ReadJsonAsync<BackupBody>(HttpStatusCode.OK);

        var left = Directory.EnumerateFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "notes.txt", second.Name, third.Name }.Order(StringComparer.Ordinal), left);
        Assert.DoesNotContain(first.Name, left);
    }

    [Fact]
    public async Task Only_admins_may_back_up()
    {
        await using var app = new ProStreamApp(Sqlite);
        await app.RegisterAndLoginAsync("admin@example.com");
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        await viewer.PostAsync("/api/admin/backup", null).ReadProblemAsync(HttpStatusCode.Forbidden);
        await app.Anonymous().PostAsync("/api/admin/backup", null).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(Directory.Exists(Path.Combine(app.DataDir, "backups")));
    }

    [Fact]
    public async Task On_postgres_the_answer_says_to_use_pg_dump()
    {
        Assert.SkipUnless(TestDatabases.UsePostgres, "Needs PROSTREAM_TEST_POSTGRES (scripts/test starts a PostgreSQL server).");
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");

        var problem = await admin.PostAsync("/api/admin/backup", null).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("pg_dump", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The restore procedure of docs/operations.md, into a fresh data directory and server.</summary>
    private static async Task AssertRestoresAsync(string backup, int mustHave, int mustNotHave)
    {
        Assert.Equal("ok", Scalar(backup, "PRAGMA integrity_check"));
        var restoredDir = TestDirectory.Create("restored");
        try
        {
            File.Copy(backup, Path.Combine(restoredDir, "prostream.db"));
            await using var restored = new ProStreamApp(Sqlite, dataDir: restoredDir);
            var viewer = await restored.LoginAsync("viewer@example.com", Password);
            var ids = (await viewer.GetAsync("/api/watchlist").ReadJsonAsync<WatchlistBody[]>(HttpStatusCode.OK)).Select(w => w.TmdbId).ToList();
            Assert.Contains(mustHave, ids);
            Assert.DoesNotContain(mustNotHave, ids);
            // Items written by the concurrent writer before the snapshot are there; none half-written.
            Assert.True(ids.Count >= 6, $"Only {ids.Count} watchlist items survived the backup.");
            await restored.LoginAsync("admin@example.com", Password);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDirectory.Delete(restoredDir);
        }
    }

    private static string? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static async Task<string> RunBackupScriptAsync(string dataDir, string target)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "scripts", "backup"), [dataDir, target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/backup failed ({process.ExitCode}): {await error}");
        var file = (await output).Trim();
        Assert.StartsWith(target, file, StringComparison.Ordinal);
        return file;
    }

    private static async Task AddAsync(HttpClient client, int tmdbId) =>
        await client.PostAsJsonAsync("/api/watchlist", new { tmdbId, type = "movie", title = $"Film {tmdbId}" }).ReadJsonOrEmpty(HttpStatusCode.Created);

    /// <summary>Adds watchlist items one after another until disposed.</summary>
    private sealed class Writer : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _written;

        public Writer(HttpClient client) => _loop = Task.Run(() => RunAsync(client));

        public int Written => Volatile.Read(ref _written);

        public async Task WaitForAsync(int count)
        {
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (Written < count)
            {
                Assert.False(_loop.IsCompleted, "The writer stopped.");
                await Task.Delay(20, guard.Token);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }

        private async Task RunAsync(HttpClient client)
        {
            for (var id = 1000; !_stop.IsCancellationRequested; id++)
            {
                await AddAsync(client, id);
                Interlocked.Increment(ref _written);
            }
        }
    }
}
