using Microsoft.Extensions.Caching.Hybrid;
using ProStream.Server.Catalog;
using ProStream.Server.Debrid.Torrents;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Library;
using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Releases;

/// <summary>Finds torrent releases through Prowlarr, by free text or by title; results are cached for minutes.</summary>
public sealed class ReleaseSearch(ProwlarrClient prowlarr, ReleaseStore store, HybridCache cache, ITitleLookup titles)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = CacheDuration, LocalCacheExpiration = CacheDuration };

    public Task<List<Release>> SearchTextAsync(string text, CancellationToken cancellationToken) =>
        SearchAsync(ProwlarrQuery.FreeText(text), cancellationToken);

    /// <summary>Releases of a title (for TV, of a season or an episode), with the title's ids and names,
    /// which say what the releases are expected to be.</summary>
    public async Task<TitleReleases> SearchTitleAsync(MediaType type, int tmdbId, int? season, int? episode, CancellationToken cancellationToken)
    {
        prowlarr.EnsureConfigured();
        var ids = await titles.GetTitleIdsAsync(type, tmdbId, cancellationToken);
        var query = type == MediaType.Movie ? ProwlarrQuery.ForMovie(ids, tmdbId) : ProwlarrQuery.ForSeries(ids, tmdbId, season, episode);
        var releases = await SearchAsync(query, cancellationToken);
        return new TitleReleases(ids, releases, await GetEpisodeIdsAsync(type, tmdbId, season, episode, cancellationToken));
    }

    /// <summary>How releases may name the episode besides its season and number: absolute number (anime) and air
    /// date (daily shows), from the catalogue; unknown for films, seasons and specials.</summary>
    public async Task<EpisodeIds> GetEpisodeIdsAsync(MediaType type, int tmdbId, int? season, int? episode, CancellationToken cancellationToken) =>
        type == MediaType.Tv && season is { } s && episode is { } e
            ? await titles.GetEpisodeIdsAsync(tmdbId, s, e, cancellationToken)
            : EpisodeIds.Unknown;

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

    private static Release ToRelease(ProwlarrRelease r)
    {
        var title = r.Title ?? r.FileName ?? "(untitled)";
        return new Release(
            ReleaseStore.NewId(),
            title,
            r.Indexer ?? $"Indexer {r.IndexerId}",
            Math.Max(0, r.Size ?? 0),
            r.Seeders,
            r.Leechers,
            r.PublishDate,
            InfoHash.TryNormalize(r.InfoHash, out var hash) ? hash : null,
            "torrent",
            new ReleaseOrigin(r.IndexerId, r.Guid, r.DownloadUrl, r.MagnetUrl))
        {
            Parsed = ReleaseNameParser.Parse(title),
        };
    }
}

/// <summary>A title's releases and what they are expected to be; for an episode search, the episode's absolute
/// number and air date when the catalogue knows them.</summary>
public sealed record TitleReleases(TitleIds Title, List<Release> Releases, EpisodeIds Episode)
{
    public ReleaseExpectations Expectations(int? season, int? episode) =>
        new(Title.Title, Title.OriginalTitle, Title.Year, season, episode, Episode.AbsoluteNumber, Episode.AirDate);
}
