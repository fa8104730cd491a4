using ProStream.Server.Library;

namespace ProStream.Tests.Library;

public sealed class HistoryEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 6000, 0, false)]
    [InlineData(1500, 6000, 25, false)]
    [InlineData(5399, 6000, 89.98, false)]
    [InlineData(5400, 6000, 90, true)]
    [InlineData(7000, 6000, 100, true)]
    public void Percent_and_finished_follow_the_position(double position, double duration, double percent, bool finished)
    {
        var entry = new HistoryEntry();

        entry.Record(position, duration, Now);

        Assert.Equal(percent, entry.Percent);
        Assert.Equal(finished, entry.Finished);
        Assert.True(entry.Position <= duration);
        Assert.Equal(Now, entry.LastWatchedAt);
    }
}
