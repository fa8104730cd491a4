using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

/// <summary>The database, its journal files and the signing key are the server user's alone.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileModeTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task Database_and_key_files_are_0600_in_a_0700_data_directory()
    {
        Assert.SkipWhen(TestDatabases.UsePostgres, "The SQLite files exist only on the embedded database.");
        var parent = TestDirectory.Create("modes");
        var dataDir = Path.Combine(parent, "data");
        try
        {
            await using (var app = new ProStreamApp(dataDir: dataDir))
            {
                await app.RegisterAndLoginAsync("owner@example.com");

                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir));
                var files = new[] { "prostream.db", "prostream.db-wal", "prostream.db-shm", "jwt-signing.key" }
                    .Select(f => Path.Combine(dataDir, f)).Where(File.Exists).ToList();
                Assert.Contains(Path.Combine(dataDir, "prostream.db"), files);
                Assert.Contains(Path.Combine(dataDir, "jwt-signing.key"), files);
                Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerReadWrite, $"{Path.GetFileName(f)} is {File.GetUnixFileMode(f)}"));
            }

            // An existing directory left open to others is tightened at the next start.
            File.SetUnixFileMode(dataDir, (UnixFileMode)0b111_101_101);
            await using var again = new ProStreamApp(dataDir: dataDir);
            _ = again.Anonymous();
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir));
        }
        finally
        {
            TestDirectory.Delete(parent);
        }
    }
}
