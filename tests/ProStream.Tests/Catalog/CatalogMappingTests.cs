using ProStream.Server.Catalog;
using ProStream.Server.Catalog.Wire;
using ProStream.Server.Library;

namespace ProStream.Tests.Catalog;

public sealed class CatalogMappingTests
{
    private static readonly TmdbImages Images = TmdbImages.WithBase(new Uri("https://img.example/p/"));

    private static TmdbListItem Item(string? mediaType = null, string? releaseDate = "1999-10-15", string? firstAirDate = null) => new(
        7, mediaType, "The Title", "The Name", "Original Title", "Original Name", "en", "", releaseDate, firstAirDate,
        null, "/b.jpg", 8.4, 100, 3.5, null, false);

    [Fact]
    public void A_movie_reads_title_and_release_date()
    {
        var item = CatalogItem.From(Item(), MediaType.Movie, Images)!;

        Assert.Equal((MediaType.Movie, "The Title", "Original Title", 1999), (item.Type, item.Title, item.OriginalTitle, item.Year));
        Assert.Equal(new DateOnly(1999, 10, 15), item.ReleaseDate);
        Assert.Null(item.Overview);
        Assert.Null(item.PosterUrl);
        Assert.Equal("https://img.example/p/w1280/b.jpg", item.BackdropUrl);
        Assert.Empty(item.GenreIds);
    }

    [Fact]
    public void A_show_reads_name_and_first_air_date()
    {
        var item = CatalogItem.From(Item("tv", releaseDate: null, firstAirDate: "2011-04-17"), null, Images)!;

        Assert.Equal((MediaType.Tv, "The Name", "Original Name", 2011), (item.Type, item.Title, item.OriginalTitle, item.Year));
    }

    [Theory]
    [InlineData("person")]
    [InlineData("collection")]
    [InlineData(null)]
    public void Mixed_lists_keep_movies_and_shows_only(string? mediaType) => Assert.Null(CatalogItem.From(Item(mediaType), null, Images));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1999")]
    [InlineData("1999-13-01")]
    public void Unknown_dates_are_null(string? date)
    {
        var item = CatalogItem.From(Item(releaseDate: date), MediaType.Movie, Images)!;

        Assert.Equal((null, null), (item.ReleaseDate, item.Year));
    }

    [Fact]
    public void A_page_without_envelope_fields_still_reads()
    {
        var page = CatalogPage.From(new TmdbPage<TmdbListItem>(null, null, null, null), MediaType.Movie, Images, requestedPage: 4);

        Assert.Equal((4, 0, 0, 0), (page.Page, page.TotalPages, page.TotalResults, page.Results.Count));
    }

    [Fact]
    public void Videos_put_trailers_first_then_the_viewers_language_then_official_ones()
    {
        TmdbVideo Clip(string key, string type, string? language, bool official, string site = "YouTube") =>
            new(key, language, "US", key, key, site, 1080, type, official, "2020-01-01T00:00:00.000Z");
        var videos = new TmdbVideoList(
        [
            Clip("clip", "Clip", "fr", true),
            Clip("teaser-fr", "Teaser", "fr", true),
            Clip("trailer-en", "Trailer", "en", true),
            Clip("trailer-fr-fan", "Trailer", "fr", false),
            Clip("trailer-fr", "Trailer", "fr", true),
            Clip("elsewhere", "Trailer", "fr", true, site: "Dailymotion"),
            new TmdbVideo("x", "en", "US", "no key", null, "YouTube", 1080, "Trailer", true, null),
        ]);

        var ordered = Video.From(videos, "fr-FR");

        Assert.Equal(["trailer-fr", "elsewhere", "trailer-fr-fan", "trailer-en", "teaser-fr", "clip"], ordered.Select(v => v.Key));
        Assert.Equal("https://www.youtube.com/watch?v=trailer-fr", ordered[0].Url);
        Assert.Null(ordered[1].Url);
    }

    [Fact]
    public void Credits_keep_billed_cast_in_order_and_key_crew()
    {
        var cast = Enumerable.Range(0, 40).Reverse().Select(i => new TmdbCastMember(i, $"Actor {i}", "", i, null)).ToList();
        var crew = new List<TmdbCrewMember>
        {
            new(1, "Director", "Director", "Directing", "/d.jpg"),
            new(2, "Grip", "Key Grip", "Crew", null),
            new(3, "Writer", "Screenplay", "Writing", null),
        };

        var credits = Credits.From(new TmdbCredits(cast, crew), Images);

        Assert.Equal(Enumerable.Range(0, Credits.MaxCast), credits.Cast.Select(c => c.Id));
        Assert.Null(credits.Cast[0].Character);
        Assert.Equal(["Director", "Screenplay"], credits.Crew.Select(c => c.Job));
        Assert.Equal("https://img.example/p/w185/d.jpg", credits.Crew[0].ProfileUrl);
    }
}
