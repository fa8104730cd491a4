using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Releases.ReleaseWorld;

namespace ProStream.IntegrationTests.Releases;

public sealed class ReleaseSearchTests
{
    [Fact]
    public async Task Free_text_search_returns_torrents_without_prowlarr_links_or_key()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        using var response = await client.GetAsync("/api/releases?query=Dune 2021");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var releases = System.Text.Json.JsonSerializer.Deserialize<ReleaseList>(body, ApiClient.Json)!.Results;

        Assert.Equal(6, releases.Length);
        Assert.DoesNotContain(releases, r => r.Title.Contains("NZB", StringComparison.Ordinal));
        Assert.All(releases, r => Assert.Equal("torrent", r.Protocol));
        var indexed = releases.Single(r => r.Title == "Dune.2021.MULTi.1080p.BluRay.x264-GRP");
        Assert.Equal(FakeProwlarrServer.IndexedHash.ToLowerInvariant(), indexed.InfoHash);
        Assert.Equal(("YggTorrent", 9_663_676_416L, 120, 8), (indexed.Indexer, indexed.Size, indexed.Seeders, indexed.Leechers));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 34, 56, TimeSpan.Zero), indexed.PublishDate);
        Assert.Null(releases.Single(r => r.Title == FakeProwlarrServer.Torrent.Name).InfoHash);
        Assert.Equal(releases.Length, releases.Select(r => r.Id).Distinct().Count());
        Assert.All(releases, r => Assert.True(r.Id.Length >= 22, "ids carry 128 random bits"));

        Assert.DoesNotContain(FakeProwlarrServer.ApiKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain("download", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("magnetUrl", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("guid", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker.example", body, StringComparison.Ordinal);

        var search = Assert.Single(prowlarr.Searches);
        Assert.Equal("?query=Dune%202021&type=search&categories=2000&categories=5000", search);
    }

    [Fact]
    public async Task Movie_search_asks_prowlarr_by_imdb_and_tmdb_id_in_movie_categories()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var list = await client.GetAsync("/api/releases?tmdbId=438631&type=movie").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);

        Assert.NotEmpty(list.Results);
        Assert.Equal(
            "?query=" + Uri.EscapeDataString("Dune 2021 {ImdbId:tt1160419}{TmdbId:438631}") + "&type=movie&categories=2000",
            Assert.Single(prowlarr.Searches));
    }

    [Fact]
    public async Task Episode_search_asks_for_the_season_and_episode_in_tv_categories()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.GetAsync("/api/releases?tmdbId=1399&type=tv&season=1&episode=2").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);

        Assert.Equal(
            "?query=" + Uri.EscapeDataString("Game of Thrones {ImdbId:tt0944947}{TvdbId:121361}{TmdbId:1399}{Season:1}{Episode:2}") + "&type=tvsearch&categories=5000",
            Assert.Single(prowlarr.Searches));
    }

    [Fact]
    public async Task Identical_searches_reach_prowlarr_once_and_keep_their_ids()
    {
        await using var prowlarr = new FakeProwlarrServer { SearchDelay = TimeSpan.FromMilliseconds(200) };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.GetAsync("/api/releases?query=Dune").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK)));
        var later = await client.GetAsync("/api/releases?query=dune").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);

        Assert.Equal(1, prowlarr.CallsTo("/api/v1/search"));
        Assert.All(concurrent.Append(later), list => Assert.Equal(concurrent[0].Results.Select(r => r.Id), list.Results.Select(r => r.Id)));

        await client.GetAsync("/api/releases?query=Arrival").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);
        Assert.Equal(2, prowlarr.CallsTo("/api/v1/search"));
    }

    [Fact]
    public async Task Indexers_are_listed_for_admins_only()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr);
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        var indexers = await admin.GetAsync("/api/releases/indexers").ReadJsonAsync<IndexerBody[]>(HttpStatusCode.OK);

        Assert.Equal(["YggTorrent", "PrivateHD", "NZBgeek"], indexers.Select(i => i.Name));
        Assert.Equal(("torrent", "private", true), (indexers[1].Protocol, indexers[1].Privacy, indexers[1].Enabled));
        await viewer.GetAsync("/api/releases/indexers").ReadProblemAsync(HttpStatusCode.Forbidden);
        await app.Anonymous().GetAsync("/api/releases?query=Dune").ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/releases")]
    [InlineData("/api/releases?query=%20")]
    [InlineData("/api/releases?query=Dune&tmdbId=438631&type=movie")]
    [InlineData("/api/releases?tmdbId=438631")]
    [InlineData("/api/releases?tmdbId=438631&type=book")]
    [InlineData("/api/releases?tmdbId=-1&type=movie")]
    [InlineData("/api/releases?tmdbId=438631&type=movie&season=1")]
    [InlineData("/api/releases?tmdbId=1399&type=tv&episode=2")]
    public async Task Unclear_searches_are_400(string url)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.GetAsync(url).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, prowlarr.TotalCalls);
    }

    private sealed record IndexerBody(int Id, string Name, string Protocol, string? Privacy, bool Enabled, bool SupportsSearch, int Priority);
}
