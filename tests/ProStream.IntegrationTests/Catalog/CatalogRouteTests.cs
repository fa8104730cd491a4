using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Catalog;

/// <summary>Every catalogue route against the fake TMDB: our own records, paging, absolute image URLs.</summary>
public sealed class CatalogRouteTests
{
    private const string Images = FakeTmdbServer.ImageBase;

    [Fact]
    public async Task Multi_search_lists_movies_and_shows_with_absolute_images_and_drops_people()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var page = await client.GetAsync("/api/catalog/search?query=fight%20club").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);

        Assert.Equal((1, 3, 45), (page.Page, page.TotalPages, page.TotalResults));
        Assert.DoesNotContain(page.Results, r => r.Type is not ("movie" or "tv"));
        Assert.Equal(14, page.Results.Length); // 20 results, every third a person
        var movie = page.Results.First(r => r.Id == 1001);
        Assert.Equal(("movie", "[en-US] Movie 1", "Movie 1", 2001), (movie.Type, movie.Title, movie.OriginalTitle, movie.Year));
        Assert.Equal($"{Images}w500/poster1001.jpg", movie.PosterUrl);
        Assert.Equal($"{Images}w1280/backdrop1001.jpg", movie.BackdropUrl);
        Assert.Equal([18, 53], movie.GenreIds);
        var show = page.Results.First(r => r.Id == 1002);
        Assert.Equal(("tv", "[en-US] Show 2", null), (show.Type, show.Title, show.BackdropUrl));
        Assert.Null(page.Results.First(r => r.Id == 1005).PosterUrl);
        var undated = page.Results.First(r => r.Id == 1007);
        Assert.Equal((null, null), (undated.ReleaseDate, undated.Year));

        var query = world.Tmdb.LastQuery("/3/search/multi");
        Assert.Equal(("fight club", "1", "en-US", "false"), (query["query"].ToString(), query["page"].ToString(), query["language"].ToString(), query["include_adult"].ToString()));
        Assert.Equal(FakeTmdbServer.ApiKey, query["api_key"].ToString());
    }

    [Theory]
    [InlineData("movie", "/3/search/movie", "movie")]
    [InlineData("tv", "/3/search/tv", "tv")]
    public async Task Search_by_type_asks_the_matching_TMDB_search(string type, string tmdbPath, string expectedType)
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var page = await client.GetAsync($"/api/catalog/search?query=dune&type={type}&page=2").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);

        Assert.Equal(2, page.Page);
        Assert.Equal(20, page.Results.Length);
        Assert.All(page.Results, r => Assert.Equal(expectedType, r.Type));
        Assert.Equal(1021, page.Results[0].Id);
        Assert.Equal(1, world.Tmdb.CallsTo(tmdbPath));
    }

    [Theory]
    [InlineData("/api/catalog/movies/popular", "/3/movie/popular", "movie")]
    [InlineData("/api/catalog/movies/top-rated", "/3/movie/top_rated", "movie")]
    [InlineData("/api/catalog/movies/now-playing", "/3/movie/now_playing", "movie")]
    [InlineData("/api/catalog/movies/upcoming", "/3/movie/upcoming", "movie")]
    [InlineData("/api/catalog/tv/popular", "/3/tv/popular", "tv")]
    [InlineData("/api/catalog/trending/movie/day", "/3/trending/movie/day", "movie")]
    [InlineData("/api/catalog/trending/tv/week", "/3/trending/tv/week", "tv")]
    [InlineData("/api/catalog/trending/all/week", "/3/trending/all/week", null)]
    [InlineData("/api/catalog/discover/movie", "/3/discover/movie", "movie")]
    public async Task Lists_page_through_TMDB(string route, string tmdbPath, string? type)
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var first = await client.GetAsync(route).ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        var last = await client.GetAsync($"{route}?page=3").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        var beyond = await client.GetAsync($"{route}?page=4").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);

        Assert.Equal((1, 3, 45), (first.Page, first.TotalPages, first.TotalResults));
        Assert.Equal((3, 3, 45), (last.Page, last.TotalPages, last.TotalResults));
        Assert.Equal((4, 0), (beyond.Page, beyond.Results.Length));
        Assert.Equal(type is null ? 14 : 20, first.Results.Length);
        Assert.Equal(type is null ? 3 : 5, last.Results.Length);
        Assert.All(first.Results, r => Assert.True(type is null ? r.Type is "movie" or "tv" : r.Type == type));
        Assert.All(first.Results.Where(r => r.PosterUrl is not null), r => Assert.StartsWith($"{Images}w500/", r.PosterUrl));
        Assert.Equal(3, world.Tmdb.CallsTo(tmdbPath));
        Assert.Equal("3", world.Tmdb.Requests.Where(r => r.Path == tmdbPath).ElementAt(1).Query["page"].ToString());
    }

    [Fact]
    public async Task Discover_passes_genre_year_and_sort_order()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        await client.GetAsync("/api/catalog/discover/movie?genre=28%7C18&year=1999&sortBy=vote_average.desc&page=2").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        var query = world.Tmdb.LastQuery("/3/discover/movie");
        Assert.Equal(("28|18", "1999", "vote_average.desc", "2"),
            (query["with_genres"].ToString(), query["primary_release_year"].ToString(), query["sort_by"].ToString(), query["page"].ToString()));

        await client.GetAsync("/api/catalog/discover/movie").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        query = world.Tmdb.LastQuery("/3/discover/movie");
        Assert.Equal("popularity.desc", query["sort_by"].ToString());
        Assert.False(query.ContainsKey("with_genres"));
        Assert.False(query.ContainsKey("primary_release_year"));
    }

    [Theory]
    [InlineData("movie", 28)]
    [InlineData("tv", 10765)]
    public async Task Genre_lists(string type, int firstId)
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var genres = await client.GetAsync($"/api/catalog/genres/{type}").ReadJsonAsync<GenreListBody>(HttpStatusCode.OK);

        Assert.Equal(firstId, genres.Genres[0].Id);
        Assert.StartsWith("[en-US] ", genres.Genres[0].Name);
        Assert.Equal(1, world.Tmdb.CallsTo($"/3/genre/{type}/list"));
    }

    [Fact]
    public async Task Movie_details_come_with_credits_videos_and_imdb_id_in_one_call_and_keep_english_trailers_in_french()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var movie = await client.GetAsync("/api/catalog/movies/550?language=fr-FR").ReadJsonAsync<MovieBody>(HttpStatusCode.OK);

        Assert.Equal((550, "movie", "[fr-FR] Fight Club", "tt0137523", 1999, 139), (movie.Id, movie.Type, movie.Title, movie.ImdbId, movie.Year, movie.Runtime));
        Assert.Equal(new DateOnly(1999, 10, 15), movie.ReleaseDate);
        Assert.Equal($"{Images}w500/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg", movie.PosterUrl);
        Assert.Equal($"{Images}w1280/hZkgoQYus5vegHoetLkCJzb17zJ.jpg", movie.BackdropUrl);
        Assert.Equal(["Edward Norton", "Brad Pitt"], movie.Credits.Cast.Select(c => c.Name));
        Assert.Null(movie.Credits.Cast[0].ProfileUrl);
        Assert.Equal($"{Images}w185/brad.jpg", movie.Credits.Cast[1].ProfileUrl);
        Assert.Equal(["Director"], movie.Credits.Crew.Select(c => c.Job));
        Assert.Equal(["qtRKdVHc-cE", "frTeaser01", "1234567"], movie.Videos.Select(v => v.Key));
        Assert.Equal("https://www.youtube.com/watch?v=qtRKdVHc-cE", movie.Videos[0].Url);

        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/550"));
        var query = world.Tmdb.LastQuery("/3/movie/550");
        Assert.Equal(["credits", "external_ids", "videos"], query["append_to_response"].ToString().Split(',').Order());
        Assert.Equal("fr,en,null", query["include_video_language"].ToString());
    }

    [Fact]
    public async Task Show_details_carry_seasons_and_imdb_and_tvdb_ids()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var show = await client.GetAsync("/api/catalog/tv/1399").ReadJsonAsync<ShowBody>(HttpStatusCode.OK);

        Assert.Equal((1399, "tv", "[en-US] Game of Thrones", "tt0944947", 121361, 2011), (show.Id, show.Type, show.Title, show.ImdbId, show.TvdbId, show.Year));
        Assert.Null(show.PosterUrl);
        Assert.Equal(["HBO"], show.Networks);
        Assert.Equal([(0, "Specials", 272), (1, "Season 1", 10)], show.Seasons.Select(s => (s.SeasonNumber, s.Name, s.EpisodeCount ?? 0)));
        Assert.Equal($"{Images}w500/specials.jpg", show.Seasons[0].PosterUrl);
        Assert.Null(show.Seasons[1].PosterUrl);
        Assert.NotEmpty(show.Credits.Cast);
        Assert.Equal(1, world.Tmdb.CallsTo("/3/tv/1399"));
        Assert.Contains("external_ids", world.Tmdb.LastQuery("/3/tv/1399")["append_to_response"].ToString());
    }

    [Fact]
    public async Task Season_details_list_episodes_with_still_urls()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();

        var season = await client.GetAsync("/api/catalog/tv/1399/seasons/1").ReadJsonAsync<SeasonBody>(HttpStatusCode.OK);

        Assert.Equal((3624, 1399, 1), (season.Id, season.ShowId, season.SeasonNumber));
        Assert.Equal([1, 2], season.Episodes.Select(e => e.EpisodeNumber));
        Assert.Equal($"{Images}w300/9hGF3WUkBf7cSjMg0cdMDHJkByd.jpg", season.Episodes[0].StillUrl);
        Assert.Equal((62, new DateOnly(2011, 4, 17)), (season.Episodes[0].Runtime ?? 0, season.Episodes[0].AirDate ?? default));
        Assert.Equal((null, null, null), (season.Episodes[1].StillUrl, season.Episodes[1].AirDate, season.Episodes[1].Runtime));
        Assert.Equal(1, world.Tmdb.CallsTo("/3/tv/1399/season/1"));
    }

    [Fact]
    public async Task Language_comes_from_the_request_else_the_viewers_preference_else_the_server_default()
    {
        await using var world = CatalogWorld.Create(settings: new Dictionary<string, string?> { ["Tmdb:Language"] = "de-DE" });
        var client = await world.ViewerAsync();

        var byDefault = await client.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.StartsWith("[de-DE] ", byDefault.Results[0].Title);

        using (var patch = await client.PatchAsJsonAsync("/api/me", new { preferences = new { language = "fr-FR" } }))
        {
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        }

        var preferred = await client.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.StartsWith("[fr-FR] ", preferred.Results[0].Title);
        var asked = await client.GetAsync("/api/catalog/movies/popular?language=pt-BR").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.StartsWith("[pt-BR] ", asked.Results[0].Title);
        var movie = await client.GetAsync("/api/catalog/movies/550").ReadJsonAsync<MovieBody>(HttpStatusCode.OK);
        Assert.Equal("[fr-FR] Fight Club", movie.Title);

        var other = await world.ViewerAsync("other@example.com");
        var theirs = await other.GetAsync("/api/catalog/movies/popular").ReadJsonAsync<CatalogPageBody>(HttpStatusCode.OK);
        Assert.StartsWith("[de-DE] ", theirs.Results[0].Title);
    }

    [Fact]
    public async Task A_read_access_token_is_sent_as_bearer_and_never_as_a_query_parameter()
    {
        await using var world = CatalogWorld.Create(FakeTmdbServer.ReadAccessToken);
        var client = await world.ViewerAsync();

        await client.GetAsync("/api/catalog/movies/550").ReadJsonAsync<MovieBody>(HttpStatusCode.OK);

        Assert.All(world.Tmdb.Requests, r =>
        {
            Assert.Equal($"Bearer {FakeTmdbServer.ReadAccessToken}", r.Authorization);
            Assert.False(r.Query.ContainsKey("api_key"));
        });
    }

    [Fact]
    public async Task The_catalogue_needs_a_signed_in_viewer()
    {
        await using var world = CatalogWorld.Create();

        await world.App.Anonymous().GetAsync("/api/catalog/movies/popular").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, world.Tmdb.TotalCalls);
    }
}
