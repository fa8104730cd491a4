using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Catalog;

/// <summary>Checks on what clients send to the catalogue, so that TMDB never sees a request it would refuse.</summary>
internal static partial class CatalogInput
{
    public const int MaxPage = 500;
    public const int MaxQueryLength = 200;

    public static readonly IReadOnlySet<string> SortOrders = new HashSet<string>(StringComparer.Ordinal)
    {
        "popularity.desc", "popularity.asc", "vote_average.desc", "vote_average.asc", "vote_count.desc", "vote_count.asc",
        "primary_release_date.desc", "primary_release_date.asc", "revenue.desc", "revenue.asc", "title.asc", "title.desc",
    };

    public static int Page(int? page) => page switch
    {
        null => 1,
        >= 1 and <= MaxPage => page.Value,
        _ => throw ProblemException.BadRequest($"page must be between 1 and {MaxPage}."),
    };

    public static int Id(int id) => id > 0 ? id : throw ProblemException.BadRequest("A TMDB id is a positive number.");

    public static int SeasonNumber(int season) =>
        season is >= 0 and <= 1000 ? season : throw ProblemException.BadRequest("A season number is between 0 (specials) and 1000.");

    public static string Query(string? query) =>
        query?.Trim() switch
        {
            null or "" => throw ProblemException.BadRequest("query is required."),
            { Length: > MaxQueryLength } => throw ProblemException.BadRequest($"query is limited to {MaxQueryLength} characters."),
            var text => text,
        };

    public static string SearchKind(string? type) => type?.ToLowerInvariant() switch
    {
        null or "" or "multi" => "multi",
        "movie" => "movie",
        "tv" => "tv",
        _ => throw ProblemException.BadRequest($"type must be movie, tv or multi, not '{type}'."),
    };

    public static Library.MediaType MediaKind(string type) => type.ToLowerInvariant() switch
    {
        "movie" => Library.MediaType.Movie,
        "tv" => Library.MediaType.Tv,
        _ => throw ProblemException.NotFound($"Unknown media type '{type}'; use movie or tv."),
    };

    public static string TrendingMedia(string media) => media.ToLowerInvariant() switch
    {
        "movie" or "tv" or "all" => media.ToLowerInvariant(),
        _ => throw ProblemException.NotFound($"There is no trending list of '{media}'; use movie, tv or all."),
    };

    public static string TrendingWindow(string window) => window.ToLowerInvariant() switch
    {
        "day" or "week" => window.ToLowerInvariant(),
        _ => throw ProblemException.NotFound($"There is no trending window '{window}'; use day or week."),
    };

    public static DiscoverFilter Discover(string? genre, int? year, string? sortBy)
    {
        if (genre is not null && (genre.Length > 100 || !GenreList().IsMatch(genre)))
        {
            throw ProblemException.BadRequest("genre is a TMDB genre id, or ids joined by ',' (all) or '|' (any).");
        }

        if (year is < 1870 or > 2100)
        {
            throw ProblemException.BadRequest("year must be between 1870 and 2100.");
        }

        var sort = string.IsNullOrEmpty(sortBy) ? "popularity.desc" : sortBy;
        return SortOrders.Contains(sort)
            ? new DiscoverFilter(genre, year, sort)
            : throw ProblemException.BadRequest($"sortBy must be one of: {string.Join(", ", SortOrders)}.");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,7}([,|]\d{1,7})*$")]
    private static partial System.Text.RegularExpressions.Regex GenreList();
}
