using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class ResolutionComparerTests
{
    private static readonly ReleaseCandidate[] WorstFirst =
    [
        Named("Movie.2020.2160p"), Named("Movie.2020.WEB"), Named("Movie.2020.480p"), Named("Movie.2020.720p"), Named("Movie.2020.1080p"),
    ];

    [Fact]
    public void Highest_resolution_not_above_the_maximum_first_then_unknown_then_above_the_maximum() =>
        Assert.Equal(
            ["Movie.2020.1080p", "Movie.2020.720p", "Movie.2020.480p", "Movie.2020.WEB", "Movie.2020.2160p"],
            Sorted(new ResolutionComparer(Preferences(max: 1080)), WorstFirst));

    [Fact]
    public void Without_a_maximum_the_highest_resolution_wins() =>
        Assert.Equal(
            ["Movie.2020.2160p", "Movie.2020.1080p", "Movie.2020.720p", "Movie.2020.480p", "Movie.2020.WEB"],
            Sorted(new ResolutionComparer(Preferences()), WorstFirst));

    [Fact]
    public void Above_the_maximum_the_closest_to_it_wins() =>
        Assert.Equal(
            ["Movie.2020.480p", "Movie.2020.WEB", "Movie.2020.720p", "Movie.2020.1080p", "Movie.2020.2160p"],
            Sorted(new ResolutionComparer(Preferences(max: 576)), WorstFirst));
}
