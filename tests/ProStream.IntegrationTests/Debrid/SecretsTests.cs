using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Debrid.DebridWorld;

namespace ProStream.IntegrationTests.Debrid;

/// <summary>
/// Prowlarr's key travels inside its download URLs and AllDebrid's in a header: neither may reach
/// a response or a log line, at any log level, on success or failure.
/// </summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task Keys_never_appear_in_responses_or_logs()
    {
        var logs = new CapturedLogs();
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid, logs: logs);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        var bodies = new List<string>();

        using (var search = await client.GetAsync("/api/releases?query=Dune"))
        {
            bodies.Add(await search.Content.ReadAsStringAsync());
        }

        foreach (var title in new[] { FakeProwlarrServer.Torrent.Name, "Dune.2021.2160p.WEB-DL.DV.HDR-GRP2", "Dune.2021.720p.WEB.x264-HOP", "Dune.2021.1080p.WEB.x264-OFFSITE", "Dune.2021.1080p.WEB.x264-GONE" })
        {
            using var added = await client.AddAsync(new { releaseId = await client.ReleaseIdAsync(title) });
            bodies.Add(await added.Content.ReadAsStringAsync());
        }

        using (var unlocked = await client.PostAsJsonAsync("/api/debrid/unlock", new { link = "https://alldebrid.com/f/abc" }))
        {
            bodies.Add(await unlocked.Content.ReadAsStringAsync());
        }

        Assert.Equal(4, prowlarr.CallsTo("/1/download")); // the magnet redirect, two hops, and the gone release
        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, line => line.Contains("/download", StringComparison.Ordinal));
        foreach (var secret in new[] { FakeProwlarrServer.ApiKey, FakeAllDebridServer.ApiKey, "passkey=0123456789abcdef" })
        {
            Assert.All(bodies, body => Assert.DoesNotContain(secret, body, StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
