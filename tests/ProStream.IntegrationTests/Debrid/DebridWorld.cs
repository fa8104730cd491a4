using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Releases.ReleaseWorld;

namespace ProStream.IntegrationTests.Debrid;

/// <summary>A server wired to a fake Prowlarr and a fake AllDebrid.</summary>
public static class DebridWorld
{
    public sealed record FileBody(string Path, long Size, string Link);

    public sealed record MagnetBody(long Id, string Hash, string Name, bool Ready, string Status, string? StatusMessage, long? Size, FileBody[]? Files);

    public sealed record UnlockBody(string Url, string Filename, long Size);

    public static ProStreamApp App(
        FakeProwlarrServer prowlarr,
        FakeAllDebridServer allDebrid,
        IDictionary<string, string?>? settings = null,
        CapturedLogs? logs = null,
        string apiKey = FakeAllDebridServer.ApiKey)
    {
        var all = new Dictionary<string, string?>
        {
            ["Prowlarr:BaseUrl"] = prowlarr.BaseAddress.ToString(),
            ["Prowlarr:ApiKey"] = FakeProwlarrServer.ApiKey,
            ["AllDebrid:BaseUrl"] = allDebrid.BaseAddress.ToString(),
            ["AllDebrid:ApiKey"] = apiKey,
            ["AllDebrid:PollInterval"] = "00:00:00.050",
            ["AllDebrid:ReadyTimeout"] = "00:00:05",
            // Release searches check instant availability by uploading to AllDebrid; off here, so that these tests
            // count only their own calls. InstantAvailabilityTests (and tests that pass this setting) cover it.
            ["AllDebrid:InstantCandidates"] = "0",
            ["Logging:LogLevel:Default"] = logs is null ? "Warning" : "Trace",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ProStreamApp(all, services: services =>
        {
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
    }

    /// <summary>Searches the fake Prowlarr and returns the id of the release with this title.</summary>
    public static async Task<string> ReleaseIdAsync(this HttpClient client, string title)
    {
        var list = await client.GetAsync("/api/releases?query=Dune").ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);
        return list.Results.Single(r => r.Title == title).Id;
    }

    public static Task<HttpResponseMessage> AddAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/debrid/magnets", body);
}
