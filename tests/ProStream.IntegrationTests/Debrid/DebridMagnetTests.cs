using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Debrid;
using static ProStream.IntegrationTests.Debrid.DebridWorld;

namespace ProStream.IntegrationTests.Debrid;

public sealed class DebridMagnetTests
{
    private const string Hash = "842783e3005495d5d1637f5364b59343c7844707";

    [Theory]
    [InlineData("magnet:?xt=urn:btih:842783E3005495D5D1637F5364B59343C7844707&dn=ubuntu")]
    [InlineData("magnet:?xt=urn:btih:QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH&dn=ubuntu")]
    public async Task A_magnet_in_hex_or_base32_is_uploaded_with_a_lower_case_hex_hash(string uri)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var magnet = await client.AddAsync(new { magnet = uri }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal((Hash, "ubuntu"), (magnet.Hash, magnet.Name));
        Assert.Equal($"magnet:?xt=urn:btih:{Hash}&dn=ubuntu", Assert.Single(allDebrid.UploadedMagnets));
        Assert.Equal(0, prowlarr.TotalCalls);
    }

    [Fact]
    public async Task A_magnet_is_seen_only_by_the_users_who_added_it()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var other = await app.RegisterAndLoginAsync("other@example.com");
        var added = await owner.AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}&dn=ubuntu" }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);
        var statusCalls = allDebrid.CallsTo("/v4.1/magnet/status");

        var problem = await other.GetAsync($"/api/debrid/magnets/{added.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        await other.GetAsync($"/api/debrid/magnets/{added.Id + 1}").ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.DoesNotContain("ubuntu", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(statusCalls, allDebrid.CallsTo("/v4.1/magnet/status"));
        Assert.Equal(added.Hash, (await owner.GetAsync($"/api/debrid/magnets/{added.Id}").ReadJsonAsync<MagnetBody>(HttpStatusCode.OK)).Hash);

        // Adding the same torrent makes it the second user's too (AllDebrid gives it the same id).
        var again = await other.AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}&dn=ubuntu" }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);
        Assert.Equal(added.Id, again.Id);
        await other.GetAsync($"/api/debrid/magnets/{added.Id}").ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"magnet\":\"http://example.com/file.torrent\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"magnet\":\"magnet:?dn=no-hash\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"magnet\":\"magnet:?xt=urn:btih:842783e3005495d5d1637f5364b59343c7844707\",\"releaseId\":\"abc\"}", HttpStatusCode.BadRequest)]
    public async Task Unusable_requests_are_refused_before_reaching_alldebrid(string body, HttpStatusCode status)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        await client.PostAsync("/api/debrid/magnets", content).ReadProblemAsync(status);
        Assert.Equal(0, allDebrid.TotalCalls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Status_moves_from_processing_to_ready_with_the_files_flattened(bool statusAsArray)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer { StatusAsArray = statusAsArray };
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var added = await client.AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}&dn=Dune" }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        var processing = await client.GetAsync($"/api/debrid/magnets/{added.Id}").ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);
        var ready = await client.GetAsync($"/api/debrid/magnets/{added.Id}").ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal((false, "processing", "Downloading"), (processing.Ready, processing.Status, processing.StatusMessage));
        Assert.Null(processing.Files);
        Assert.Equal((true, "ready", Hash, "Dune"), (ready.Ready, ready.Status, ready.Hash, ready.Name));
        Assert.Equal(
            [
                new FileBody("Dune.mkv", 7_516_192_768, $"https://alldebrid.com/f/movie{added.Id}"),
                new FileBody("Sample/sample.mkv", 52_428_800, $"https://alldebrid.com/f/sample{added.Id}"),
                new FileBody("Subs/English/en.srt", 2_000, $"https://alldebrid.com/f/subs{added.Id}"),
            ],
            ready.Files!);
        Assert.Equal(1, allDebrid.CallsTo("/v4/magnet/files"));
    }

    [Fact]
    public async Task A_cached_torrent_is_ready_with_its_files_at_once()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.CachedHashes[Hash] = true;
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var magnet = await client.AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}&dn=Dune" }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.True(magnet.Ready);
        Assert.Equal(3, magnet.Files!.Length);
        Assert.Equal(0, allDebrid.CallsTo("/v4.1/magnet/status"));
    }

    [Fact]
    public async Task A_failed_download_shows_as_an_error_status()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.FailingHashes[Hash] = true;
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var added = await client.AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}" }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        var failed = await client.GetAsync($"/api/debrid/magnets/{added.Id}").ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);

        Assert.Equal(("error", "Not downloaded in 20 min", false), (failed.Status, failed.StatusMessage, failed.Ready));
    }

    [Fact]
    public async Task An_unknown_magnet_id_is_404_without_asking_alldebrid()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.GetAsync("/api/debrid/magnets/987654").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("You have no magnet with id 987654.", problem.GetProperty("detail").GetString());
        Assert.Equal(0, allDebrid.CallsTo("/v4.1/magnet/status"));
    }

    [Fact]
    public async Task Playback_gets_a_ready_magnet_by_polling_and_a_direct_url_for_a_file()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer { ProcessingChecks = 2 };
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var releaseId = await client.ReleaseIdAsync(FakeProwlarrServer.Torrent.Name);

        await using var scope = app.Services.CreateAsyncScope();
        var debrid = scope.ServiceProvider.GetRequiredService<DebridService>();
        var magnet = await debrid.AddUntilReadyAsync(new DebridSource(releaseId, null), TestContext.Current.CancellationToken);
        var unlocked = await debrid.UnlockAsync(magnet.Files![0].Link, TestContext.Current.CancellationToken);

        Assert.True(magnet.Ready);
        Assert.Equal(FakeProwlarrServer.Torrent.InfoHash, magnet.Hash);
        Assert.Equal(3, allDebrid.CallsTo("/v4.1/magnet/status"));
        Assert.Equal(new Uri("https://ombfyx.debrid.it/dl/abcdefgh12/Dune.2021.mkv"), unlocked.Url);
    }

    [Fact]
    public async Task Playback_hears_a_failed_torrent_as_a_502()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.FailingHashes[Hash] = true;
        await using var app = App(prowlarr, allDebrid);
        await using var scope = app.Services.CreateAsyncScope();
        var debrid = scope.ServiceProvider.GetRequiredService<DebridService>();

        var error = await Assert.ThrowsAsync<ProStream.Server.Hosting.Errors.UpstreamException>(
            () => debrid.AddUntilReadyAsync(new DebridSource(null, $"magnet:?xt=urn:btih:{Hash}"), TestContext.Current.CancellationToken));
        Assert.Equal((502, "AllDebrid"), (error.StatusCode, error.Upstream));
    }

    [Theory]
    [InlineData("https://alldebrid.com/f/movie1", "https://ombfyx.debrid.it/dl/abcdefgh12/Dune.2021.mkv")]
    [InlineData("https://alldebrid.com/f/delayed1", "https://ombfyx.debrid.it/dl/delayed42/Dune.2021.mkv")]
    public async Task Unlock_gives_a_direct_url_waiting_out_a_delayed_link(string link, string url)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var unlocked = await client.PostAsJsonAsync("/api/debrid/unlock", new { link }).ReadJsonAsync<UnlockBody>(HttpStatusCode.OK);

        Assert.Equal((url, "Dune.2021.mkv", 7_516_192_768L), (unlocked.Url, unlocked.Filename, unlocked.Size));
    }

    [Theory]
    [InlineData("http://alldebrid.com/f/abc")]
    [InlineData("https://alldebrid.com.evil.example/f/abc")]
    [InlineData("https://evilalldebrid.com/f/abc")]
    [InlineData("https://127.0.0.1/f/abc")]
    [InlineData("https://user:pass@alldebrid.com/f/abc")]
    [InlineData("https://alldebrid.com:8443/f/abc")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Unlock_accepts_only_alldebrid_https_links(string link)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.PostAsJsonAsync("/api/debrid/unlock", new { link }).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, allDebrid.TotalCalls);
    }

    [Fact]
    public async Task Debrid_needs_a_signed_in_user()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid);

        await app.Anonymous().AddAsync(new { magnet = $"magnet:?xt=urn:btih:{Hash}" }).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await app.Anonymous().GetAsync("/api/debrid/magnets/1").ReadProblemAsync(HttpStatusCode.Unauthorized);
        await app.Anonymous().PostAsJsonAsync("/api/debrid/unlock", new { link = "https://alldebrid.com/f/x" }).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
