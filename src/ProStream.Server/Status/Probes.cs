using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ProStream.Server.Catalog;
using ProStream.Server.Data;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Status;

internal sealed class TmdbProbe(TmdbClient tmdb, IOptions<TmdbOptions> options) : IServiceProbe
{
    public string Name => "TMDB";

    public bool Configured => options.Value.IsConfigured;

    public string SetUp => "Set Tmdb__ApiKey (a TMDB API key or read access token).";

    public async Task<ProbeResult> ProbeAsync(CancellationToken ct)
    {
        await tmdb.GetConfigurationAsync(ct);
        return new ProbeResult(true, "The catalogue answers.");
    }
}

internal sealed class ProwlarrProbe(ProwlarrClient prowlarr, IOptions<ProwlarrOptions> options) : IServiceProbe
{
    public string Name => "Prowlarr";

    public bool Configured => options.Value.IsConfigured;

    public string SetUp => "Set Prowlarr__BaseUrl and Prowlarr__ApiKey.";

    public async Task<ProbeResult> ProbeAsync(CancellationToken ct)
    {
        var indexers = await prowlarr.GetIndexersAsync(ct);
        return new ProbeResult(true, indexers.Count == 1 ? "1 indexer." : $"{indexers.Count} indexers.");
    }
}

internal sealed class AllDebridProbe(AllDebridClient allDebrid, IOptions<AllDebridOptions> options) : IServiceProbe
{
    public string Name => "AllDebrid";

    public bool Configured => options.Value.IsConfigured;

    public string SetUp => "Set AllDebrid__ApiKey.";

    public async Task<ProbeResult> ProbeAsync(CancellationToken ct)
    {
        var user = await allDebrid.GetUserAsync(ct);
        return user is { IsPremium: true, PremiumUntil: > 0 and var until }
            ? new ProbeResult(true, "Premium account.", DateTimeOffset.FromUnixTimeSeconds(until))
            : new ProbeResult(true, "The account is not premium: links will not unlock.");
    }
}

internal sealed class DatabaseProbe(ProStreamDbContext db) : IServiceProbe
{
    public string Name => "Database";

    public bool Configured => true;

    public string SetUp => "";

    public async Task<ProbeResult> ProbeAsync(CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? new ProbeResult(true, $"{(db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite")} answers.")
            : new ProbeResult(false, "The database does not accept connections.");
}

/// <summary>Redis and ffmpeg: their readiness checks (Hosting/Caching, Playback) already say it.</summary>
internal sealed class HealthCheckProbe(string name, string check, bool configured, string setUp, HealthCheckService health) : IServiceProbe
{
    public string Name => name;

    public bool Configured => configured;

    public string SetUp => setUp;

    public async Task<ProbeResult> ProbeAsync(CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(c => c.Name == check, ct);
        var entry = report.Entries.TryGetValue(check, out var found) ? found : default;
        return new ProbeResult(entry.Status == HealthStatus.Healthy, entry.Description ?? entry.Status.ToString());
    }
}
