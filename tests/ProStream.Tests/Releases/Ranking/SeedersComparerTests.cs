using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class SeedersComparerTests
{
    [Fact]
    public void More_seeders_first_unknown_next_zero_last()
    {
        ReleaseCandidate[] candidates =
        [
            ReleaseCandidate.FromTitle("zero", "Movie.2020.1080p", 4000 * MiB, 0),
            ReleaseCandidate.FromTitle("unknown", "Movie.2020.1080p", 4000 * MiB, null),
            ReleaseCandidate.FromTitle("five", "Movie.2020.1080p", 4000 * MiB, 5),
            ReleaseCandidate.FromTitle("many", "Movie.2020.1080p", 4000 * MiB, 812),
        ];

        Assert.Equal(["many", "five", "unknown", "zero"], Sorted(new SeedersComparer(), candidates));
    }
}
