using System.Security.Claims;
using ProStream.Server.Hosting.Caching;
using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

internal static class CatalogEndpoints
{
    // Our route → TMDB's list.
    private static readonly (string Route, string Path, MediaType Type, string Summary)[] Lists =
    [
        ("/movies/popular", "movie/popular", MediaType.Movie, "Popular movies."),
        ("/movies/top-rated", "movie/top_rated", MediaType.Movie, "Top rated movies."),
        ("/movies/now-playing", "movie/now_playing", MediaType.Movie, "Movies now in cinemas."),
        ("/movies/upcoming", "movie/upcoming", MediaType.Movie, "Movies coming to cinemas."),
        ("/tv/popular", "tv/popular", MediaType.Tv, "Popular shows."),
    ];

    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalog").WithTags("Catalog").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

        group.MapGet("/search", Search).WithSummary("Search movies, shows or both (type=movie|tv|multi).");
        foreach (var list in Lists)
        {
            group.MapGet(list.Route, (int? page, string? language, ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct) =>
                    ListAsync(list.Path, list.Type, page, language, user, languages, catalog, ct))
                .WithSummary(list.Summary);
        }

        group.MapGet("/trending/{media}/{window}", Trending).WithSummary("Trending movies, shows or both (all) over a day or a week.");
        group.MapGet("/discover/movie", DiscoverMovies).WithSummary("Movies by genre, year and sort order.");
        group.MapGet("/genres/{type}", Genres).WithSummary("Genre ids and names for movies or shows.");
        group.MapGet("/movies/{id:int}", Movie).WithSummary("A movie with credits, videos and its IMDb id.");
        group.MapGet("/tv/{id:int}", Show).WithSummary("A show with its seasons, credits, videos, IMDb and TVDB ids.");
        group.MapGet("/tv/{id:int}/seasons/{season:int}", Season).WithSummary("A season with its episodes.");
    }

    private static async Task<CachedJson<CatalogPage>> Search(
        string? query, string? type, int? page, string? language,
        ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct)
    {
        var (text, kind, at) = (CatalogInput.Query(query), CatalogInput.SearchKind(type), await QueryAsync(page, language, user, languages, ct));
        return await catalog.SearchAsync(kind, text, at, ct);
    }

    private static async Task<CachedJson<CatalogPage>> ListAsync(
        string path, MediaType type, int? page, string? language,
        ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct) =>
        await catalog.GetListAsync(path, type, await QueryAsync(page, language, user, languages, ct), ct);

    private static async Task<CachedJson<CatalogPage>> Trending(
        string media, string window, int? page, string? language,
        ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct)
    {
        var kind = CatalogInput.TrendingMedia(media);
        var path = $"trending/{kind}/{CatalogInput.TrendingWindow(window)}";
        MediaType? type = kind switch { "movie" => MediaType.Movie, "tv" => MediaType.Tv, _ => null };
        return await catalog.GetListAsync(path, type, await QueryAsync(page, language, user, languages, ct), ct);
    }

    private static async Task<CachedJson<CatalogPage>> DiscoverMovies(
        string? genre, int? year, string? sortBy, int? page, string? language,
        ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct)
    {
        var filter = CatalogInput.Discover(genre, year, sortBy);
        return await catalog.DiscoverMoviesAsync(filter, await QueryAsync(page, language, user, languages, ct), ct);
    }

    private static async Task<CachedJson<GenreList>> Genres(
        string type, string? language, ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct) =>
        await catalog.GetGenresAsync(CatalogInput.MediaKind(type), await languages.ResolveAsync(language, user, ct), ct);

    private static async Task<CachedJson<MovieDetails>> Movie(
        int id, string? language, ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct) =>
        await catalog.GetMovieAsync(CatalogInput.Id(id), await languages.ResolveAsync(language, user, ct), ct);

    private static async Task<CachedJson<TvDetails>> Show(
        int id, string? language, ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct) =>
        await catalog.GetTvAsync(CatalogInput.Id(id), await languages.ResolveAsync(language, user, ct), ct);

    private static async Task<CachedJson<SeasonDetails>> Season(
        int id, int season, string? language, ClaimsPrincipal user, CatalogLanguage languages, CatalogService catalog, CancellationToken ct)
    {
        var (show, number) = (CatalogInput.Id(id), CatalogInput.SeasonNumber(season));
        return await catalog.GetSeasonAsync(show, number, await languages.ResolveAsync(language, user, ct), ct);
    }

    private static async Task<CatalogQuery> QueryAsync(
        int? page, string? language, ClaimsPrincipal user, CatalogLanguage languages, CancellationToken ct)
    {
        var number = CatalogInput.Page(page);
        return new CatalogQuery(await languages.ResolveAsync(language, user, ct), number);
    }
}
