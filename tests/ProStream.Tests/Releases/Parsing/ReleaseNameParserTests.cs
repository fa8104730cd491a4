using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

public sealed class ReleaseNameParserTests
{
    private static readonly Dictionary<string, ExpectedRelease> Table =
        MovieReleaseNames.Cases.Concat(SeriesReleaseNames.Cases).ToDictionary(c => c.Name, c => c.Expected);

    public static TheoryData<string> Names => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Parses_real_world_release_names(string name)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(Table[name], ExpectedRelease.From(parsed));
    }

    [Fact]
    public void The_table_holds_at_least_a_hundred_names() => Assert.True(Table.Count >= 100, $"only {Table.Count} names");

    [Theory]
    [InlineData("Some.Show.S01-S03.COMPLETE.1080p", true)]
    [InlineData("Le.Bureau.Des.Legendes.S05.FRENCH.1080p", true)]
    [InlineData("Breaking.Bad.S05E14.1080p", false)]
    [InlineData("The.Matrix.1999.1080p", false)]
    public void Season_packs_have_a_season_and_no_episode(string name, bool isPack) =>
        Assert.Equal(isPack, ReleaseNameParser.Parse(name).IsSeasonPack);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("[]")]
    [InlineData("S01E")]
    [InlineData("....----____")]
    public void Odd_names_do_not_throw(string name) => Assert.NotNull(ReleaseNameParser.Parse(name));

    [Fact]
    public void Separators_do_not_change_the_parse()
    {
        var dotted = ExpectedRelease.From(ReleaseNameParser.Parse("The.Matrix.1999.1080p.BluRay.x264-GRP"));
        var spaced = ExpectedRelease.From(ReleaseNameParser.Parse("The Matrix 1999 1080p BluRay x264-GRP"));
        var underscored = ExpectedRelease.From(ReleaseNameParser.Parse("The_Matrix_1999_1080p_BluRay_x264-GRP"));
        var hyphenated = ExpectedRelease.From(ReleaseNameParser.Parse("The-Matrix-1999-1080p-BluRay-x264-GRP"));
        var bracketed = ExpectedRelease.From(ReleaseNameParser.Parse("The Matrix (1999) [1080p] [BluRay] [x264]-GRP"));

        Assert.Equal(dotted, spaced);
        Assert.Equal(dotted, underscored);
        Assert.Equal(dotted, hyphenated);
        Assert.Equal(dotted, bracketed);
    }
}
