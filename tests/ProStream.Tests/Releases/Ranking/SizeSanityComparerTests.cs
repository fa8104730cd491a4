using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class SizeSanityComparerTests
{
    private static readonly SizeSanityComparer Comparer = new();

    [Theory]
    [InlineData("Movie.2020.1080p.WEB-DL", 500, 2000)]
    [InlineData("Movie.2020.2160p.WEB-DL", 1500, 8000)]
    [InlineData("Movie.2020.720p.WEB-DL", 300, 1000)]
    [InlineData("Show.S01E01.720p.WEB-DL", 60, 400)]
    [InlineData("Show.S01E01E02.1080p.WEB-DL", 300, 900)]
    public void Absurdly_small_for_the_resolution_ranks_lower(string name, long smallMiB, long saneMiB) =>
        AssertBetter(Comparer, Named(name, saneMiB), Named(name, smallMiB));

    [Theory]
    [InlineData("Show.S01E01.1080p.WEB-DL", 500, 2000)]
    [InlineData("Movie.2020.1080p.WEB-DL", 800, 20000)]
    [InlineData("Show.S01.1080p.WEB-DL", 100, 20000)]
    [InlineData("Movie.2020.WEB-DL", 10, 2000)]
    [InlineData("Movie.2020.1080p.WEB-DL", 0, 2000)]
    public void Believable_or_unknown_sizes_tie(string name, long aMiB, long bMiB) =>
        AssertTie(Comparer, Named(name, aMiB), Named(name, bMiB));
}
