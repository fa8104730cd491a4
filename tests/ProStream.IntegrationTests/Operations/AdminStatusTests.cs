using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

/// <summary>GET /api/admin/status against the fakes: what is configured, reachable, failing; AllDebrid's premium end; no secrets.</summary>
public sealed class AdminStatusTests
{
    private record StatusBody(DateTimeOffset CheckedAt, ServiceBody[] Services);

    private record ServiceBody(string Name, bool Configured, bool? Reachable, double? LatencyMs, string? Detail, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? PremiumUntil);

    [Fact]
    public async Task The_admin_sees_each_service_configured_reachable_and_alldebrids_premium_end()
    {
        await using var tmdb = new FakeTmdbServer();
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = new ProStreamApp(Upstreams(tmdb, prowlarr, allDebrid));
        var admin = await app.RegisterAndLoginAsync("admin@example.com");

        var status = await admin.GetAsync("/api/admin/status").ReadJsonAsync<StatusBody>(HttpStatusCode.OK);

        Assert.Equal(["TMDB", "Prowlarr", "AllDebrid", "Redis", "Database", "ffmpeg"], status.Services.Select(s => s.Name));
        foreach (var name in (string[])["TMDB", "Prowlarr", "AllDebrid", "Database", "ffmpeg"])
        {
            var service = status.Services.Single(s => s.Name == name);
            Assert.True(service is { Configured: true, Reachable: true, LatencyMs: >= 0 }, service.ToString());
        }

        Assert.Equal(new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero), status.Services.Single(s => s.Name == "AllDebrid").PremiumUntil);
        var redis = status.Services.Single(s => s.Name == "Redis");
        Assert.False(redis.Configured);
        Assert.Contains("Redis__Configuration", redis.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_are_named_with_a_deadline_kept_and_no_secret_shown()
    {
        await using var tmdb = new FakeTmdbServer { Failure = new FakeFailure(401, FakeTmdbServer.ErrorBody(7, "Invalid API key: You must be granted a valid key.")) };
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.DelayOn["/v4/user"] = TimeSpan.FromMinutes(5);
        var settings = Upstreams(tmdb, prowlarr, allDebrid);
        settings["Prowlarr:BaseUrl"] = null;
        settings["Status:ProbeTimeout"] = "00:00:02";
        await using var app = new ProStreamApp(settings);
        var admin = await app.RegisterAndLoginAsync("admin@example.com");

        using var response = await admin.GetAsync("/api/admin/status");
        var body = await response.Content.ReadAsStringAsync();
        var status = await Task.FromResult(response).ReadJsonAsync<StatusBody>(HttpStatusCode.OK);

        var tmdbStatus = status.Services.Single(s => s.Name == "TMDB");
        Assert.True(tmdbStatus is { Configured: true, Reachable: false }, tmdbStatus.ToString());
        Assert.Contains("TMDB rejected the API key", tmdbStatus.LastError, StringComparison.Ordinal);
        Assert.NotNull(tmdbStatus.LastErrorAt);
        var prowlarrStatus = status.Services.Single(s => s.Name == "Prowlarr");
        Assert.True(prowlarrStatus is { Configured: false, Reachable: null }, prowlarrStatus.ToString());
        Assert.Contains("Prowlarr__BaseUrl", prowlarrStatus.Detail, StringComparison.Ordinal);
        var allDebridStatus = status.Services.Single(s => s.Name == "AllDebrid");
        Assert.True(allDebridStatus is { Reachable: false }, allDebridStatus.ToString());
        Assert.Contains("2 s", allDebridStatus.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTmdbServer.ApiKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeAllDebridServer.ApiKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeProwlarrServer.ApiKey, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_see_the_status()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("admin@example.com");
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        await viewer.GetAsync("/api/admin/status").ReadProblemAsync(HttpStatusCode.Forbidden);
        await app.Anonymous().GetAsync("/api/admin/status").ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static Dictionary<string, string?> Upstreams(FakeTmdbServer tmdb, FakeProwlarrServer prowlarr, FakeAllDebridServer allDebrid) => new()
    {
        ["Tmdb:BaseUrl"] = tmdb.ApiBase,
        ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
        ["Prowlarr:BaseUrl"] = prowlarr.BaseAddress.ToString(),
        ["Prowlarr:ApiKey"] = FakeProwlarrServer.ApiKey,
        ["AllDebrid:BaseUrl"] = allDebrid.BaseAddress.ToString(),
        ["AllDebrid:ApiKey"] = FakeAllDebridServer.ApiKey,
    };
}
