using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Catalog;

/// <summary>A test's own fake TMDB and server, wired the way an operator would: <c>Tmdb:ApiKey</c>, <c>Tmdb:BaseUrl</c>.</summary>
public sealed class CatalogWorld : IAsyncDisposable
{
    private CatalogWorld(FakeTmdbServer tmdb, ProStreamApp app, CapturedLogs logs)
    {
        Tmdb = tmdb;
        App = app;
        Logs = logs;
    }

    public FakeTmdbServer Tmdb { get; }

    public ProStreamApp App { get; }

    public CapturedLogs Logs { get; }

    /// <param name="apiKey">the key the server is given; null leaves TMDB unconfigured.</param>
    /// <param name="settings">more settings, e.g. <c>Tmdb:Timeout</c>.</param>
    public static CatalogWorld Create(string? apiKey = FakeTmdbServer.ApiKey, IDictionary<string, string?>? settings = null)
    {
        var tmdb = new FakeTmdbServer();
        var logs = new CapturedLogs();
        var all = new Dictionary<string, string?>
        {
            ["Tmdb:BaseUrl"] = tmdb.ApiBase,
            ["Tmdb:ApiKey"] = apiKey,
            ["Logging:LogLevel:Default"] = "Trace",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new ProStreamApp(all, services: s => s.AddSingleton<ILoggerProvider>(logs));
        return new CatalogWorld(tmdb, app, logs);
    }

    public Task<HttpClient> ViewerAsync(string email = "viewer@example.com") => App.RegisterAndLoginAsync(email);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Tmdb.DisposeAsync();
    }
}
