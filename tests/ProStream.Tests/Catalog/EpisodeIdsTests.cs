using ProStream.Server.Catalog;

namespace ProStream.Tests.Catalog;

public sealed class EpisodeIdsTests
{
    private static SeasonSummary Season(int number, int? episodes) => new(number, number, $"Season {number}", null, null, episodes, null, null);

    // Specials first, as TMDB lists them; they do not count.
    private static readonly SeasonSummary[] Show = [Season(0, 5), Season(1, 24), Season(2, 12), Season(3, null), Season(4, 10)];

    [Theory]
    [InlineData(1, 7, 7)]
    [InlineData(2, 3, 27)]
    [InlineData(3, 1, 37)]
    [InlineData(4, 1, null)]
    [InlineData(0, 2, null)]
    public void The_absolute_number_counts_the_episodes_of_the_seasons_before(int season, int episode, int? absolute) =>
        Assert.Equal(absolute, EpisodeIds.CountFromFirst(Show, season, episode));

    [Fact]
    public void A_season_missing_from_the_catalogue_leaves_the_number_unknown() =>
        Assert.Null(EpisodeIds.CountFromFirst([Season(1, 24), Season(3, 10)], 3, 1));
}
