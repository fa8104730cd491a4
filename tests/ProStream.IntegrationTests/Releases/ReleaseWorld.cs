using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Catalog;
using ProStream.Server.Releases;

namespace ProStream.IntegrationTests.Releases;

/// <summary>Builds a server wired to a fake Prowlarr (and optionally a fake catalogue and a log capture).</summary>
public static class ReleaseWorld
{
    public sealed record ReleaseBody(
        string Id, string Title, string Indexer, long Size, int? Seeders, int? Leechers, DateTimeOffset? PublishDate, string? InfoHash, string Protocol);

    public sealed record ReleaseList(ReleaseBody[] Results);

    public static ProStreamApp App(
        FakeProwlarrServer prowlarr,
        IDictionary<string, string?>? settings = null,
        bool withCatalogue = true,
        CapturedLogs? logs = null,
        string apiKey = FakeProwlarrServer.ApiKey)
    {
        var all = new Dictionary<string, string?>
        {
            ["Prowlarr:BaseUrl"] = prowlarr.BaseAddress.ToString(),
            ["Prowlarr:ApiKey"] = apiKey,
        };
        if (logs is not null)
        {
            all["Logging:LogLevel:Default"] = "Trace";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ProStreamApp(all, services: services =>
        {
            if (withCatalogue)
            {
                services.AddSingleton<ITitleLookup, FakeTitleLookup>();
            }

            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
    }
}
