using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Debrid.DebridWorld;

namespace ProStream.IntegrationTests.Debrid;

/// <summary>A release id becomes a magnet on AllDebrid with the right info-hash, whatever Prowlarr's link yields.</summary>
public sealed class DebridReleaseTests
{
    [Fact]
    public async Task A_release_with_an_info_hash_becomes_a_magnet_without_any_download()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync("Dune.2021.MULTi.1080p.BluRay.x264-GRP");

        var magnet = await client.AddAsync(new { releaseId = id }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        var hash = FakeProwlarrServer.IndexedHash.ToLowerInvariant();
        Assert.Equal((hash, "Dune.2021.MULTi.1080p.BluRay.x264-GRP", false, "processing"), (magnet.Hash, magnet.Name, magnet.Ready, magnet.Status));
        Assert.Null(magnet.Files);
        Assert.StartsWith($"magnet:?xt=urn:btih:{hash}&dn=Dune.2021.MULTi.1080p.BluRay.x264-GRP", Assert.Single(allDebrid.UploadedMagnets), StringComparison.Ordinal);
        Assert.Equal(0, prowlarr.CallsTo("/1/download"));
        Assert.All(allDebrid.Agents, agent => Assert.Equal("ProStream", agent));
    }

    [Fact]
    public async Task A_download_that_redirects_to_a_magnet_gives_that_magnet()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync("Dune.2021.2160p.WEB-DL.DV.HDR-GRP2");

        var magnet = await client.AddAsync(new { releaseId = id }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal(FakeProwlarrServer.RedirectMagnetHash, magnet.Hash);
        Assert.Equal(1, prowlarr.CallsTo("/1/download"));
        var uploaded = Assert.Single(allDebrid.UploadedMagnets);
        Assert.Contains("tr=udp%3A%2F%2Ftracker.example%3A1337", uploaded, StringComparison.Ordinal);
        Assert.Contains("dn=Dune%202021%202160p", uploaded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_prowlarr_is_followed_to_the_magnet()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync("Dune.2021.720p.WEB.x264-HOP");

        var magnet = await client.AddAsync(new { releaseId = id }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal(FakeProwlarrServer.RedirectMagnetHash, magnet.Hash);
        Assert.Equal(2, prowlarr.CallsTo("/1/download"));
    }

    [Fact]
    public async Task A_torrent_is_hashed_over_its_exact_info_bytes_and_uploaded_as_a_file()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync(FakeProwlarrServer.Torrent.Name);

        var magnet = await client.AddAsync(new { releaseId = id }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal(FakeProwlarrServer.Torrent.InfoHash, magnet.Hash);
        Assert.Equal(7_516_192_768 + 52_428_800 + 1_024, magnet.Size);
        Assert.Equal(FakeProwlarrServer.Torrent.Bytes, Assert.Single(allDebrid.UploadedFiles));
        Assert.Empty(allDebrid.UploadedMagnets);
        Assert.Equal(1, prowlarr.CallsTo("/2/download"));
    }

    [Fact]
    public async Task A_download_redirecting_away_from_prowlarr_is_not_followed()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync("Dune.2021.1080p.WEB.x264-OFFSITE");

        var problem = await client.AddAsync(new { releaseId = id }).ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Contains("'Redirect'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, allDebrid.TotalCalls);
    }

    [Fact]
    public async Task A_release_gone_from_its_indexer_is_404_and_an_unknown_id_too()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = await client.ReleaseIdAsync("Dune.2021.1080p.WEB.x264-GONE");

        await client.AddAsync(new { releaseId = id }).ReadProblemAsync(HttpStatusCode.NotFound);
        await client.AddAsync(new { releaseId = "bm90LWEtcmVhbC1pZA" }).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, allDebrid.TotalCalls);
    }
}
