using Microsoft.Extensions.Caching.Hybrid;
using ProStream.Server.Catalog;
using ProStream.Server.Debrid.Torrents;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Library;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Releases;

/// <summary>Finds torrent releases through Prowlarr, by free text or by title; results are cached for minutes.</summary>
public sealed class ReleaseSearch(ProwlarrClient prowlarr, ReleaseStore store, HybridCache cache, ITitleLookup titles)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = CacheDuration, LocalCacheExpiration = CacheDuration };

    public Task<List<Release>> SearchTextAsync(string text, CancellationToken cancellationToken) =>
        SearchAsync(ProwlarrQuery.FreeText(text), cancellationToken);

    public async Task<List<Release>> SearchTitleAsync(MediaType type, int tmdbId, int? season, int? episode, CancellationToken cancellationToken)
    {
        prowlarr.EnsureConfigured();
        var ids = await titles.GetTitleIdsAsync(type, tmdbId, cancellationToken);
        var query = type == MediaType.Movie ? ProwlarrQuery.ForMovie(ids, tmdbId) : ProwlarrQuery.ForSeries(ids, tmdbId, season, episode);
        return await SearchAsync(query, cancellationToken);
    }

    private async Task<List<Release>> SearchAsync(ProwlarrQuery query, CancellationToken cancellationToken)
    {
        prowlarr.EnsureConfigured();
        return await cache.GetOrCreateAsync(
            query.CacheKey,
            (query, prowlarr, store),
            static async (state, ct) =>
            {
                var found = await state.prowlarr.SearchAsync(state.query, ct);
                var releases = found.Where(r => r.IsTorrent).Select(ToRelease).ToList();
                await state.store.RememberAsync(releases, ct);
                return releases;
            },
            Entry,
            cancellationToken: cancellationToken);
    }

    private static Release ToRelease(ProwlarrRelease r) => new(
        ReleaseStore.NewId(),
        r.Title ?? r.FileName ?? "(untitled)",
        r.Indexer ?? $"Indexer {r.IndexerId}",
        Math.Max(0, r.Size ?? 0),
        r.Seeders,
        r.Leechers,
        r.PublishDate,
        InfoHash.TryNormalize(r.InfoHash, out var hash) ? hash : null,
        "torrent",
        new ReleaseOrigin(r.IndexerId, r.Guid, r.DownloadUrl, r.MagnetUrl));
}
