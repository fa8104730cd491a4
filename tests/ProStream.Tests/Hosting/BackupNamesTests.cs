using ProStream.Server.Hosting.Backup;

namespace ProStream.Tests.Hosting;

public sealed class BackupNamesTests
{
    [Theory]
    [InlineData(0, "prostream-20261202-093005.db")]
    [InlineData(1, "prostream-20261202-093005-1.db")]
    [InlineData(12, "prostream-20261202-093005-12.db")]
    public void Names_carry_the_utc_time_and_a_suffix_when_a_second_is_shared(int attempt, string expected) =>
        Assert.Equal(expected, BackupNames.For(new DateTimeOffset(2026, 12, 2, 10, 30, 5, TimeSpan.FromHours(1)), attempt));

    [Fact]
    public void Names_sort_by_time() =>
        Assert.True(string.CompareOrdinal(
            BackupNames.For(new DateTimeOffset(2026, 12, 2, 9, 59, 59, TimeSpan.Zero), 0),
            BackupNames.For(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), 0)) < 0);

    [Fact]
    public void The_default_directory_is_inside_the_data_directory()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "prostream-tests", "backup-names-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(Path.Combine(dataDir, "backups"), new BackupOptions().ResolveDirectory(new ProStream.Server.Hosting.ProStreamOptions { DataDir = dataDir }));
            Assert.Equal("/srv/backups", new BackupOptions { Directory = "/srv/backups" }.ResolveDirectory(new ProStream.Server.Hosting.ProStreamOptions { DataDir = dataDir }));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    public static TheoryData<string[], int, string[]> Retention => new()
    {
        // Newest first regardless of the order listed; a same-second suffix is newer than its base name.
        { ["prostream-20261201-080000.db", "prostream-20261203-080000.db", "prostream-20261202-080000.db"], 2, ["prostream-20261201-080000.db"] },
        { ["prostream-20261202-080000.db", "prostream-20261202-080000-1.db", "prostream-20261202-080000-2.db"], 1, ["prostream-20261202-080000-1.db", "prostream-20261202-080000.db"] },
        { ["prostream-20261202-080000-10.db", "prostream-20261202-080000-9.db"], 1, ["prostream-20261202-080000-9.db"] },
        // Files the server did not name are never deleted.
        { ["prostream.db", "prostream-20261201-080000.db.part", "notes.txt", "prostream-20261201-080000.db", "prostream-20261202-080000.db"], 1, ["prostream-20261201-080000.db"] },
        { ["prostream-20261201-080000.db", "prostream-20261202-080000.db"], 0, [] },
        { ["prostream-20261201-080000.db"], 5, [] },
    };

    [Theory]
    [MemberData(nameof(Retention))]
    public void Only_the_newest_backups_are_kept(string[] names, int keep, string[] expired) =>
        Assert.Equal(expired, BackupNames.Expired(names, keep));
}
