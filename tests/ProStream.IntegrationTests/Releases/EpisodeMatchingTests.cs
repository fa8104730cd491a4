using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Releases.ReleaseRankingTests;
using static ProStream.IntegrationTests.Releases.ReleaseWorld;

namespace ProStream.IntegrationTests.Releases;

/// <summary>An episode search accepts releases that name the episode by its absolute number (anime) or its air
/// date (daily shows), as the catalogue (the TMDB fake) gives them, and rejects the other episodes.</summary>
public sealed class EpisodeMatchingTests
{
    private static readonly FakeRelease[] Releases =
    [
        new("Game.of.Thrones.2011.04.17.720p.HDTV.x264-GRP", "1111111111111111111111111111111111111111"),
        new("Game.of.Thrones.2011.04.24.720p.HDTV.x264-GRP", "2222222222222222222222222222222222222222"),
        new("[Group] Game of Thrones - 01 [1080p].mkv", "3333333333333333333333333333333333333333"),
        new("[Group] Game of Thrones - 02 [1080p].mkv", "4444444444444444444444444444444444444444"),
        new("[Group] Game of Thrones - 13 [1080p].mkv", "5555555555555555555555555555555555555555"),
    ];

    [Fact]
    public async Task Releases_named_by_absolute_number_or_air_date_match_the_episode_the_catalogue_describes()
    {
        await using var tmdb = new FakeTmdbServer();
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => Releases };
        await using var app = App(prowlarr, TmdbSettings(tmdb), withCatalogue: false);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        // S01E01 aired 2011-04-17 and is the show's first episode.
        var first = await WrongEpisodesAsync(client, season: 1, episode: 1);

        Assert.Equal(
            ["Game.of.Thrones.2011.04.24.720p.HDTV.x264-GRP", "[Group] Game of Thrones - 02 [1080p].mkv", "[Group] Game of Thrones - 13 [1080p].mkv"],
            first.Rejected);
        Assert.Equal(["Game.of.Thrones.2011.04.17.720p.HDTV.x264-GRP", "[Group] Game of Thrones - 01 [1080p].mkv"], first.Accepted);

        // S02E03 is episode 13 after season 1's ten; TMDB has no season 2 here, so its air date is unknown and
        // releases named by a date are not judged by it.
        var later = await WrongEpisodesAsync(client, season: 2, episode: 3);

        Assert.Equal(["[Group] Game of Thrones - 01 [1080p].mkv", "[Group] Game of Thrones - 02 [1080p].mkv"], later.Rejected);
        Assert.Contains("[Group] Game of Thrones - 13 [1080p].mkv", later.Accepted);
    }

    private static Dictionary<string, string?> TmdbSettings(FakeTmdbServer tmdb) => new()
    {
        ["Tmdb:BaseUrl"] = tmdb.ApiBase,
        ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
    };

    private static async Task<(string[] Accepted, string[] Rejected)> WrongEpisodesAsync(HttpClient client, int season, int episode)
    {
        var list = await client.GetAsync($"/api/releases?tmdbId=1399&type=tv&season={season}&episode={episode}&includeRejected=true")
            .ReadJsonAsync<RankedList>(HttpStatusCode.OK);
        var rejected = list.Results.Where(r => r.Rejections.Any(j => j.Code == "wrong-episode")).Select(r => r.Title).Order(StringComparer.Ordinal).ToArray();
        var accepted = list.Results.Where(r => r.Rejections.Length == 0).Select(r => r.Title).Order(StringComparer.Ordinal).ToArray();
        return (accepted, rejected);
    }
}
