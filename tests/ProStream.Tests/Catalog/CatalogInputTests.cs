using ProStream.Server.Catalog;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Tests.Catalog;

public sealed class CatalogInputTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    public void Pages_run_from_1_to_500(int? page, int expected) => Assert.Equal(expected, CatalogInput.Page(page));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(501)]
    public void Pages_outside_TMDBs_range_are_400(int page) =>
        Assert.Equal(400, Assert.Throws<ProblemException>(() => CatalogInput.Page(page)).StatusCode);

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("28", 1999, "vote_average.desc", true)]
    [InlineData("28,12", null, null, true)]
    [InlineData("28|12", null, null, true)]
    [InlineData("action", null, null, false)]
    [InlineData("28,", null, null, false)]
    [InlineData(null, 1500, null, false)]
    [InlineData(null, null, "popularity", false)]
    public void Discover_filters_are_checked(string? genre, int? year, string? sortBy, bool valid)
    {
        if (valid)
        {
            Assert.Equal(sortBy ?? "popularity.desc", CatalogInput.Discover(genre, year, sortBy).SortBy);
        }
        else
        {
            Assert.Equal(400, Assert.Throws<ProblemException>(() => CatalogInput.Discover(genre, year, sortBy)).StatusCode);
        }
    }

    [Theory]
    [InlineData(null, "multi")]
    [InlineData("MOVIE", "movie")]
    [InlineData("tv", "tv")]
    public void Search_kinds(string? type, string expected) => Assert.Equal(expected, CatalogInput.SearchKind(type));

    [Fact]
    public void Queries_are_trimmed_and_bounded()
    {
        Assert.Equal("dune", CatalogInput.Query("  dune "));
        Assert.Throws<ProblemException>(() => CatalogInput.Query(new string('a', CatalogInput.MaxQueryLength + 1)));
        Assert.Throws<ProblemException>(() => CatalogInput.Query(null));
    }
}
