using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Caching;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>Where a catalogue request reads: which language, which page (1…500).</summary>
public sealed record CatalogQuery(string Language, int Page = 1);

/// <summary>
/// The catalogue: TMDB answers mapped to our records and cached through <see cref="HybridCache"/>
/// (memory, plus Redis when configured) as the UTF-8 JSON the API answers with. Concurrent
/// identical requests share one upstream call.
/// </summary>
public sealed partial class CatalogService(
    TmdbClient tmdb,
    HybridCache cache,
    CacheMetrics cacheMetrics,
    IOptions<TmdbOptions> options,
    IOptions<JsonOptions> json,
    ILogger<CatalogService> logger) : ITitleLookup
{
    public static readonly TimeSpan ListLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DetailsLifetime = TimeSpan.FromHours(6);
    public static readonly TimeSpan ReferenceLifetime = TimeSpan.FromDays(1);

    private static readonly string[] Tags = ["tmdb"];

    public Task<CachedJson<CatalogPage>> SearchAsync(string kind, string query, CatalogQuery at, CancellationToken ct) =>
        CachedAsync($"catalog:search:{kind}:{at.Language}:{at.Page}:{query}", ListLifetime, async token =>
            CatalogPage.From(await tmdb.SearchAsync(kind, query, at.Language, at.Page, token), ListType(kind), await ImagesAsync(token), at.Page), ct);

    /// <param name="path">TMDB's list, e.g. <c>movie/top_rated</c>, <c>tv/popular</c>, <c>trending/all/day</c>.</param>
    /// <param name="listType">the kind of every item, or null when items say it themselves.</param>
    /// <param name="at">language and page.</param>
    /// <param name="ct">cancels the wait, not a shared upstream call.</param>
    public Task<CachedJson<CatalogPage>> GetListAsync(string path, MediaType? listType, CatalogQuery at, CancellationToken ct) =>
        CachedAsync($"catalog:list:{path}:{at.Language}:{at.Page}", ListLifetime, async token =>
            CatalogPage.From(await tmdb.GetListAsync(path, at.Language, at.Page, token), listType, await ImagesAsync(token), at.Page), ct);

    public Task<CachedJson<CatalogPage>> DiscoverMoviesAsync(DiscoverFilter filter, CatalogQuery at, CancellationToken ct) =>
        CachedAsync($"catalog:discover:movie:{at.Language}:{at.Page}:{filter.Genres}:{filter.Year}:{filter.SortBy}", ListLifetime, async token =>
            CatalogPage.From(await tmdb.DiscoverMoviesAsync(filter, at.Language, at.Page, token), MediaType.Movie, await ImagesAsync(token), at.Page), ct);

    public Task<CachedJson<MovieDetails>> GetMovieAsync(int id, string language, CancellationToken ct) =>
        CachedAsync($"catalog:movie:{id}:{language}", DetailsLifetime, async token =>
            MovieDetails.From(await tmdb.GetMovieAsync(id, language, token), await ImagesAsync(token), language), ct);

    public Task<CachedJson<TvDetails>> GetTvAsync(int id, string language, CancellationToken ct) =>
        CachedAsync($"catalog:tv:{id}:{language}", DetailsLifetime, async token =>
            TvDetails.From(await tmdb.GetTvAsync(id, language, token), await ImagesAsync(token), language), ct);

    public Task<CachedJson<SeasonDetails>> GetSeasonAsync(int showId, int season, string language, CancellationToken ct) =>
        CachedAsync($"catalog:tv:{showId}:season:{season}:{language}", DetailsLifetime, async token =>
            SeasonDetails.From(await tmdb.GetSeasonAsync(showId, season, language, token), showId, await ImagesAsync(token)), ct);

    public Task<CachedJson<GenreList>> GetGenresAsync(MediaType type, string language, CancellationToken ct) =>
        CachedAsync($"catalog:genres:{Wire(type)}:{language}", ReferenceLifetime, async token =>
            new GenreList(Genre.From((await tmdb.GetGenresAsync(Wire(type), language, token)).Genres)), ct);

    /// <summary>
    /// A title's name, year and ids on other databases (IMDb; TVDB for shows), in the server's
    /// default language — what a release search asks indexers for.
    /// </summary>
    public async Task<TitleIds> GetTitleIdsAsync(MediaType type, int tmdbId, CancellationToken ct)
    {
        var language = options.Value.Language;
        if (type == MediaType.Movie)
        {
            var movie = (await GetMovieAsync(tmdbId, language, ct)).Read(TypeInfo<MovieDetails>());
            return new TitleIds(MediaType.Movie, movie.Id, movie.Title, movie.OriginalTitle, movie.Year, movie.ImdbId, null, movie.OriginalLanguage);
        }

        var show = (await GetTvAsync(tmdbId, language, ct)).Read(TypeInfo<TvDetails>());
        return new TitleIds(MediaType.Tv, show.Id, show.Title, show.OriginalTitle, show.Year, show.ImdbId, show.TvdbId, show.OriginalLanguage);
    }

    /// <summary>
    /// An episode's absolute number (from the show's season episode counts) and air date (from its season's
    /// episode list), both cached with the details. A season TMDB cannot give leaves the air date unknown: the
    /// search goes on with season and episode numbers.
    /// </summary>
    public async Task<EpisodeIds> GetEpisodeIdsAsync(int tmdbId, int season, int episode, CancellationToken ct)
    {
        var language = options.Value.Language;
        var show = (await GetTvAsync(tmdbId, language, ct)).Read(TypeInfo<TvDetails>());
        var absolute = EpisodeIds.CountFromFirst(show.Seasons, season, episode);
        try
        {
            var episodes = (await GetSeasonAsync(tmdbId, season, language, ct)).Read(TypeInfo<SeasonDetails>()).Episodes;
            return new EpisodeIds(absolute, episodes.FirstOrDefault(e => e.EpisodeNumber == episode)?.AirDate);
        }
        catch (ProblemException failure)
        {
            LogSeasonUnavailable(logger, tmdbId, season, failure.StatusCode);
            return new EpisodeIds(absolute, null);
        }
    }

    /// <summary>
    /// Image base and sizes from TMDB's <c>/configuration</c>, cached for a day. Read after the
    /// main call, so a TMDB that is down costs one timeout, not two; if only this call fails,
    /// the configured <c>Tmdb:ImageBaseUrl</c> serves.
    /// </summary>
    private async Task<TmdbImages> ImagesAsync(CancellationToken ct)
    {
        try
        {
            return await cache.GetOrCreateAsync(
                "tmdb:configuration",
                async token => TmdbImages.From(await tmdb.GetConfigurationAsync(token), options.Value.ImageBaseUrl),
                new HybridCacheEntryOptions { Expiration = ReferenceLifetime, LocalCacheExpiration = ReferenceLifetime },
                Tags,
                ct);
        }
        catch (UpstreamException failure) when (failure.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            LogConfigurationFallback(logger, failure.StatusCode);
            return TmdbImages.WithBase(options.Value.ImageBaseUrl);
        }
    }

    /// <summary>
    /// The one caching rule of the catalogue: answers are kept as the JSON the API sends, serialized
    /// once with the HTTP layer's own settings, so a hit is written out as stored.
    /// </summary>
    private async Task<CachedJson<T>> CachedAsync<T>(string key, TimeSpan lifetime, Func<CancellationToken, Task<T>> fetch, CancellationToken ct)
    {
        if (!options.Value.IsConfigured)
        {
            throw TmdbErrorMapping.NotConfigured();
        }

        return await cacheMetrics.GetOrCreateAsync(
            cache,
            "tmdb",
            key,
            (fetch, TypeInfo: TypeInfo<T>()),
            static async (state, token) => CachedJson<T>.From(await state.fetch(token), state.TypeInfo),
            new HybridCacheEntryOptions { Expiration = lifetime, LocalCacheExpiration = lifetime },
            Tags,
            ct);
    }

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)json.Value.SerializerOptions.GetTypeInfo(typeof(T));

    private static MediaType? ListType(string kind) => kind switch
    {
        "movie" => MediaType.Movie,
        "tv" => MediaType.Tv,
        _ => null,
    };

    internal static string Wire(MediaType type) => type == MediaType.Movie ? "movie" : "tv";

    [LoggerMessage(Level = LogLevel.Warning, Message = "TMDB configuration unavailable ({Status}); using Tmdb:ImageBaseUrl")]
    private static partial void LogConfigurationFallback(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TMDB season {Season} of show {ShowId} unavailable ({Status}); episode air date unknown")]
    private static partial void LogSeasonUnavailable(ILogger logger, int showId, int season, int status);
}
