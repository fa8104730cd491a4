namespace ProStream.IntegrationTests.Fakes;

/// <summary>
/// The fake TMDB's content, shaped as TMDB sends it (snake_case, <c>""</c> for unknown dates,
/// null image paths). Localised text carries the language so tests can see which one was asked.
/// </summary>
public static class TmdbData
{
    public const int FightClub = 550;
    public const int GameOfThrones = 1399;
    public const int Dune = 438631;

    public static object Configuration => new
    {
        images = new
        {
            base_url = "http://images.tmdb.test/t/p/",
            secure_base_url = FakeTmdbServer.ImageBase,
            backdrop_sizes = new[] { "w300", "w780", "w1280", "original" },
            logo_sizes = new[] { "w45", "w92", "w154", "w185", "w300", "w500", "original" },
            poster_sizes = new[] { "w92", "w154", "w185", "w342", "w500", "w780", "original" },
            profile_sizes = new[] { "w45", "w185", "h632", "original" },
            still_sizes = new[] { "w92", "w185", "w300", "original" },
        },
        change_keys = new[] { "adult", "air_date", "also_known_as" },
    };

    /// <summary>Item number <c>n</c> (1-based) of a list: ids 1000+n; every 5th has no poster, every 7th no date; mixed lists cycle movie, tv, person.</summary>
    public static object ListPage(string kind, int page, string language, int pageSize, int total)
    {
        var first = (page - 1) * pageSize + 1;
        var count = Math.Clamp(total - first + 1, 0, pageSize);
        return new
        {
            page,
            results = Enumerable.Range(first, count).Select(n => Item(kind, n, language)).ToArray(),
            total_pages = (total + pageSize - 1) / pageSize,
            total_results = total,
        };
    }

    private static object Item(string kind, int n, string language)
    {
        var media = kind == "multi" ? (n % 3) switch { 1 => "movie", 2 => "tv", _ => "person" } : kind;
        var poster = n % 5 == 0 ? null : $"/poster{1000 + n}.jpg";
        var date = n % 7 == 0 ? "" : $"20{n % 25:00}-0{n % 9 + 1}-1{n % 9}";
        return media switch
        {
            "movie" => new
            {
                adult = false, backdrop_path = $"/backdrop{1000 + n}.jpg", genre_ids = new[] { 18, 53 }, id = 1000 + n,
                original_language = "en", original_title = $"Movie {n}", overview = $"[{language}] overview {n}",
                popularity = 100.5 - n, poster_path = poster, release_date = date, title = $"[{language}] Movie {n}",
                video = false, vote_average = 7.5, vote_count = 1000 + n, media_type = kind == "multi" ? "movie" : null,
            },
            "tv" => (object)new
            {
                adult = false, backdrop_path = (string?)null, genre_ids = new[] { 10765 }, id = 1000 + n,
                origin_country = new[] { "US" }, original_language = "en", original_name = $"Show {n}",
                overview = $"[{language}] overview {n}", popularity = 80.25, poster_path = poster, first_air_date = date,
                name = $"[{language}] Show {n}", vote_average = 8.1, vote_count = 500, media_type = kind == "multi" ? "tv" : null,
            },
            _ => new
            {
                adult = false, id = 1000 + n, name = $"Person {n}", media_type = "person", profile_path = "/person.jpg",
                known_for_department = "Acting", known_for = Array.Empty<object>(),
            },
        };
    }

    public static object Genres(string kind, string language) => new
    {
        genres = kind == "movie"
            ? new[] { new { id = 28, name = $"[{language}] Action" }, new { id = 18, name = $"[{language}] Drama" } }
            : new[] { new { id = 10765, name = $"[{language}] Sci-Fi & Fantasy" }, new { id = 18, name = $"[{language}] Drama" } },
    };

    /// <summary>Dune (2021) as a search result, for tests that search and open it; its details are Fight Club's renamed.</summary>
    public static object DuneListItem(string language) => new
    {
        adult = false,
        backdrop_path = "/dune-backdrop.jpg",
        genre_ids = new[] { 878, 12 },
        id = Dune,
        original_language = "en",
        original_title = "Dune",
        overview = $"[{language}] Paul Atreides, a brilliant and gifted young man…",
        popularity = 120.5,
        poster_path = "/dune-poster.jpg",
        release_date = "2021-09-15",
        title = "Dune",
        video = false,
        vote_average = 7.8,
        vote_count = 12000,
        media_type = "movie",
    };

    public static Dictionary<string, object?> Movie(string language, HashSet<string> append, HashSet<string?> videoLanguages, int id = FightClub)
    {
        var movie = FightClubMovie(language, append, videoLanguages);
        if (id == Dune)
        {
            (movie["id"], movie["title"], movie["original_title"], movie["release_date"], movie["imdb_id"]) = (Dune, "Dune", "Dune", "2021-09-15", "tt1160419");
            (movie["tagline"], movie["overview"], movie["runtime"]) = ("Beyond fear, destiny awaits.", $"[{language}] Paul Atreides, a brilliant and gifted young man…", 155);
            (movie["poster_path"], movie["backdrop_path"]) = ("/dune-poster.jpg", "/dune-backdrop.jpg");
            movie["genres"] = new[] { new { id = 878, name = "Science Fiction" }, new { id = 12, name = "Adventure" } };
            if (movie.ContainsKey("external_ids"))
            {
                movie["external_ids"] = new { id = Dune, imdb_id = "tt1160419", wikidata_id = "Q63985561" };
            }
        }

        return movie;
    }

    private static Dictionary<string, object?> FightClubMovie(string language, HashSet<string> append, HashSet<string?> videoLanguages)
    {
        var movie = new Dictionary<string, object?>
        {
            ["adult"] = false, ["backdrop_path"] = "/hZkgoQYus5vegHoetLkCJzb17zJ.jpg", ["belongs_to_collection"] = null,
            ["budget"] = 63000000, ["genres"] = new[] { new { id = 18, name = "Drama" } }, ["homepage"] = "http://www.foxmovies.com/movies/fight-club",
            ["id"] = FightClub, ["imdb_id"] = "tt0137523", ["origin_country"] = new[] { "US" }, ["original_language"] = "en",
            ["original_title"] = "Fight Club", ["overview"] = $"[{language}] A ticking-time-bomb insomniac…", ["popularity"] = 61.416,
            ["poster_path"] = "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg", ["release_date"] = "1999-10-15", ["revenue"] = 100853753,
            ["runtime"] = 139, ["status"] = "Released", ["tagline"] = "Mischief. Mayhem. Soap.", ["title"] = $"[{language}] Fight Club",
            ["video"] = false, ["vote_average"] = 8.433, ["vote_count"] = 26280,
        };
        Append(movie, append, videoLanguages, new { id = FightClub, imdb_id = "tt0137523", wikidata_id = "Q190050", facebook_id = "FightClub", instagram_id = (string?)null, twitter_id = (string?)null });
        return movie;
    }

    public static Dictionary<string, object?> Show(string language, HashSet<string> append, HashSet<string?> videoLanguages)
    {
        var show = new Dictionary<string, object?>
        {
            ["adult"] = false, ["backdrop_path"] = "/2OMB0ynKlyIenMJWI2Dy9IWT4c.jpg", ["created_by"] = Array.Empty<object>(),
            ["episode_run_time"] = new[] { 60 }, ["first_air_date"] = "2011-04-17", ["genres"] = new[] { new { id = 10765, name = "Sci-Fi & Fantasy" } },
            ["homepage"] = "", ["id"] = GameOfThrones, ["in_production"] = false, ["languages"] = new[] { "en" }, ["last_air_date"] = "2019-05-19",
            ["name"] = $"[{language}] Game of Thrones", ["networks"] = new[] { new { id = 49, name = "HBO", logo_path = "/hbo.png", origin_country = "US" } },
            ["next_episode_to_air"] = null, ["number_of_episodes"] = 73, ["number_of_seasons"] = 8, ["origin_country"] = new[] { "US" },
            ["original_language"] = "en", ["original_name"] = "Game of Thrones", ["overview"] = $"[{language}] Seven noble families…",
            ["popularity"] = 369.594, ["poster_path"] = null, ["status"] = "Ended", ["tagline"] = "Winter is coming.", ["type"] = "Scripted",
            ["vote_average"] = 8.442, ["vote_count"] = 21857,
            ["seasons"] = new object[]
            {
                new { air_date = "2010-12-05", episode_count = 272, id = 3627, name = "Specials", overview = "", poster_path = "/specials.jpg", season_number = 0, vote_average = 0.0 },
                new { air_date = "2011-04-17", episode_count = 10, id = 3624, name = "Season 1", overview = "Trouble is brewing.", poster_path = (string?)null, season_number = 1, vote_average = 8.3 },
            },
        };
        Append(show, append, videoLanguages, new { id = GameOfThrones, imdb_id = "tt0944947", freebase_mid = "/m/0524b41", tvdb_id = 121361, tvrage_id = 24493, wikidata_id = "Q23572" });
        return show;
    }

    public static object Season(int number, string language) => new
    {
        _id = "5256c89f19c2956ff6046d47",
        air_date = number == 0 ? "2010-12-05" : "2011-04-17",
        episodes = new object[]
        {
            new { air_date = "2011-04-17", episode_number = 1, episode_type = "standard", id = 63056, name = $"[{language}] Winter Is Coming", overview = "", production_code = "101", runtime = 62, season_number = number, show_id = GameOfThrones, still_path = "/9hGF3WUkBf7cSjMg0cdMDHJkByd.jpg", vote_average = 7.9, vote_count = 300, crew = Array.Empty<object>(), guest_stars = Array.Empty<object>() },
            new { air_date = "", episode_number = 2, episode_type = "standard", id = 63057, name = $"[{language}] The Kingsroad", overview = "", production_code = "102", runtime = (int?)null, season_number = number, show_id = GameOfThrones, still_path = (string?)null, vote_average = 7.8, vote_count = 250, crew = Array.Empty<object>(), guest_stars = Array.Empty<object>() },
        },
        name = number == 0 ? "Specials" : $"[{language}] Season 1",
        overview = "",
        id = number == 0 ? 3627 : 3624,
        poster_path = "/season.jpg",
        season_number = number,
        vote_average = 8.3,
    };

    private static void Append(Dictionary<string, object?> details, HashSet<string> append, HashSet<string?> videoLanguages, object externalIds)
    {
        if (append.Contains("credits"))
        {
            details["credits"] = new
            {
                cast = new object[]
                {
                    new { adult = false, gender = 2, id = 287, known_for_department = "Acting", name = "Brad Pitt", original_name = "Brad Pitt", popularity = 20.0, profile_path = "/brad.jpg", cast_id = 4, character = "Tyler Durden", credit_id = "52fe4250c3a36847f80149f3", order = 1 },
                    new { adult = false, gender = 2, id = 819, known_for_department = "Acting", name = "Edward Norton", original_name = "Edward Norton", popularity = 15.0, profile_path = (string?)null, cast_id = 5, character = "The Narrator", credit_id = "52fe4250c3a36847f80149f7", order = 0 },
                },
                crew = new object[]
                {
                    new { adult = false, gender = 2, id = 7467, known_for_department = "Directing", name = "David Fincher", profile_path = "/fincher.jpg", credit_id = "52fe4250c3a36847f8014a11", department = "Directing", job = "Director" },
                    new { adult = false, gender = 0, id = 1, known_for_department = "Crew", name = "Caterer", profile_path = (string?)null, credit_id = "x", department = "Crew", job = "Craft Service" },
                },
            };
        }

        if (append.Contains("videos"))
        {
            var videos = new[]
            {
                new { iso_639_1 = (string?)"en", iso_3166_1 = "US", name = "Fight Club (1999) Trailer", key = "qtRKdVHc-cE", site = "YouTube", size = 1080, type = "Trailer", official = true, published_at = "2014-03-10T18:41:09.000Z", id = "5c9294240e0a267cd516835f" },
                new { iso_639_1 = (string?)"fr", iso_3166_1 = "FR", name = "Fight Club - Teaser VF", key = "frTeaser01", site = "YouTube", size = 720, type = "Teaser", official = false, published_at = "2015-01-01T00:00:00.000Z", id = "5c9294240e0a267cd5168360" },
                new { iso_639_1 = (string?)null, iso_3166_1 = "US", name = "Behind the scenes", key = "1234567", site = "Vimeo", size = 720, type = "Behind the Scenes", official = false, published_at = "2016-01-01T00:00:00.000Z", id = "5c9294240e0a267cd5168361" },
            };
            details["videos"] = new { results = videos.Where(v => videoLanguages.Contains(v.iso_639_1)).ToArray() };
        }

        if (append.Contains("external_ids"))
        {
            details["external_ids"] = externalIds;
        }
    }
}
