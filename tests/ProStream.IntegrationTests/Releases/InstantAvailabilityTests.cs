using System.Net;
using ProStream.IntegrationTests.Debrid;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Releases;

/// <summary>
/// <c>cached</c> on release lists, learned from the fake AllDebrid the only way the real one allows (upload, read
/// <c>ready</c>, delete what is not ready), cached per info-hash, and never a reason for a search to fail.
/// </summary>
public sealed class InstantAvailabilityTests
{
    private const string Ready = "1111111111111111111111111111111111111111";
    private const string NotReady = "2222222222222222222222222222222222222222";
    private const string Worst = "3333333333333333333333333333333333333333";
    private const string Downloading = "4444444444444444444444444444444444444444";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static FakeRelease[] Releases =>
    [
        new("Dune.2021.1080p.BluRay.x264-READY", Ready, Seeders: 12),
        new("Dune.2021.1080p.BluRay.x264-NOTREADY", NotReady, Seeders: 900),
        new("Dune.2021.1080p.WEB-DL.x264-NOHASH", null, Seeders: 50),
        new("Dune.2021.720p.WEB-DL.x264-WORST", Worst, Seeders: 5),
    ];

    private sealed record World(FakeProwlarrServer Prowlarr, FakeAllDebridServer AllDebrid, ProStreamApp App, HttpClient Viewer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await AllDebrid.DisposeAsync();
            await Prowlarr.DisposeAsync();
        }
    }

    private static async Task<World> WorldAsync(Dictionary<string, string?>? settings = null)
    {
        var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => Releases };
        var allDebrid = new FakeAllDebridServer();
        allDebrid.CachedHashes[Ready] = true;
        var all = new Dictionary<string, string?>
        {
            ["AllDebrid:InstantCandidates"] = "2",
            ["AllDebrid:InstantDeadline"] = "00:00:30", // a hang guard here; the deadline's own test sets a short one
        };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        var app = DebridWorld.App(prowlarr, allDebrid, all);
        var viewer = await app.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com");
        return new World(prowlarr, allDebrid, app, viewer);
    }

    private static async Task<Dictionary<string, InstantBody>> SearchAsync(HttpClient viewer)
    {
        var list = await viewer.GetAsync("/api/releases?query=Dune").ReadJsonAsync<InstantList>(HttpStatusCode.OK);
        return list.Results.ToDictionary(r => r.Title.Split('-')[^1]);
    }

    [Fact]
    public async Task The_best_releases_say_whether_alldebrid_can_stream_them_now_and_not_ready_uploads_are_removed()
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        var releases = await SearchAsync(viewer);

        Assert.True(releases["READY"].Cached);
        Assert.False(releases["NOTREADY"].Cached);
        Assert.Null(releases["NOHASH"].Cached);  // no info-hash: nothing to ask AllDebrid with
        Assert.Null(releases["WORST"].Cached);   // not among the best 2 with an info-hash
        Assert.Equal([Ready, NotReady], allDebrid.UploadedMagnets.Select(HashOf).Order());
        Assert.Equal(1, allDebrid.CallsTo("/v4/magnet/upload"));  // one upload request for the whole batch

        // The not-ready upload is removed again; the ready one stays, like any cached magnet.
        await EventuallyAsync(() => !allDebrid.HashesOnAccount.Contains(NotReady));
        Assert.Equal([Ready], allDebrid.HashesOnAccount);
    }

    [Fact]
    public async Task An_instant_release_ranks_first_among_releases_of_the_same_quality()
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        var releases = await SearchAsync(viewer);

        // Same quality tier (1080p BluRay): the instant one first despite 12 seeders against 900.
        Assert.Equal((1, 2), (releases["READY"].Rank, releases["NOTREADY"].Rank));
        Assert.Equal("Instant on AllDebrid, same quality as #2", releases["READY"].Why);
        Assert.Equal("1080p BluRay like #1 but not instant on AllDebrid", releases["NOTREADY"].Why);
        // A different quality tier is not overtaken by being instant.
        Assert.Equal(4, releases["WORST"].Rank);
    }

    [Fact]
    public async Task Answers_are_cached_per_info_hash_so_a_second_search_does_not_ask_alldebrid_again()
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        await SearchAsync(viewer);
        await EventuallyAsync(() => allDebrid.DeletedIds.Count == 1);
        var calls = allDebrid.TotalCalls;

        var again = await SearchAsync(viewer);

        Assert.Equal((true, false), (again["READY"].Cached, again["NOTREADY"].Cached));
        Assert.Equal(calls, allDebrid.TotalCalls);
    }

    [Fact]
    public async Task A_torrent_the_account_is_already_downloading_is_not_instant_and_is_left_alone()
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        var owners = allDebrid.AddToAccount(NotReady);

        var releases = await SearchAsync(viewer);

        Assert.False(releases["NOTREADY"].Cached);
        Assert.DoesNotContain(NotReady, allDebrid.UploadedMagnets.Select(HashOf));
        Assert.Contains(NotReady, allDebrid.HashesOnAccount);
        Assert.DoesNotContain(owners, allDebrid.DeletedIds);
    }

    [Theory]
    [InlineData("/v4.1/magnet/status")]
    [InlineData("/v4/magnet/upload")]
    public async Task Rate_limited_by_alldebrid_the_search_succeeds_with_cached_unknown_and_waits_before_asking_again(string path)
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        allDebrid.RateLimitOn[path] = true;
        allDebrid.RetryAfterSeconds = 600;

        var releases = await SearchAsync(viewer);
        var calls = allDebrid.TotalCalls;
        var again = await SearchAsync(viewer);

        Assert.All(releases.Values.Concat(again.Values), r => Assert.Null(r.Cached));
        Assert.Equal(calls, allDebrid.TotalCalls);  // Retry-After is respected: no call during the pause
        Assert.Empty(allDebrid.HashesOnAccount);
    }

    [Theory]
    [InlineData("MUST_BE_PREMIUM")]
    [InlineData("NO_SERVER")]
    [InlineData("AUTH_BAD_APIKEY")]
    public async Task An_account_alldebrid_refuses_leaves_cached_unknown_without_failing_the_search(string code)
    {
        await using var world = await WorldAsync();
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        allDebrid.ForcedErrors["/v4/magnet/upload"] = code;

        var releases = await SearchAsync(viewer);
        var uploads = allDebrid.CallsTo("/v4/magnet/upload");
        await SearchAsync(viewer);

        Assert.All(releases.Values, r => Assert.Null(r.Cached));
        Assert.Equal(1, uploads);
        Assert.Equal(uploads, allDebrid.CallsTo("/v4/magnet/upload"));  // refused accounts are not asked again at once
    }

    [Fact]
    public async Task A_slow_alldebrid_does_not_hold_up_the_search_and_its_not_ready_uploads_are_still_removed()
    {
        await using var world = await WorldAsync(new() { ["AllDebrid:InstantDeadline"] = "00:00:00.200" });
        var (allDebrid, viewer) = (world.AllDebrid, world.Viewer);
        allDebrid.DelayOn["/v4/magnet/upload"] = TimeSpan.FromSeconds(5);

        var releases = await SearchAsync(viewer);

        Assert.All(releases.Values, r => Assert.Null(r.Cached));
        // The checks go on behind the search: the answers land in the cache, the not-ready upload is removed.
        await EventuallyAsync(() => allDebrid.DeletedIds.Count == 1);
        Assert.Equal([Ready], allDebrid.HashesOnAccount);
        var later = await SearchAsync(viewer);
        Assert.Equal((true, false), (later["READY"].Cached, later["NOTREADY"].Cached));
        Assert.Equal(1, allDebrid.CallsTo("/v4/magnet/upload"));
    }

    [Fact]
    public async Task Without_alldebrid_every_release_is_unknown()
    {
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => Releases };
        await using var app = ReleaseWorld.App(prowlarr);
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        var releases = await SearchAsync(viewer);

        Assert.All(releases.Values, r => Assert.Null(r.Cached));
    }

    private static string HashOf(string magnet) => magnet.Split("btih:")[1][..40].ToLowerInvariant();

    /// <summary>Waits for background work the test cannot await; the limit only guards against a hang.</summary>
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var started = DateTime.UtcNow;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow - started < HangGuard, "the background checks never finished");
            await Task.Delay(50);
        }
    }

    public sealed record RejectionBody(string Code, string Reason);

    public sealed record InstantBody(string Id, string Title, int? Rank, string Why, bool? Cached, RejectionBody[] Rejections);

    public sealed record InstantList(InstantBody[] Results);
}
