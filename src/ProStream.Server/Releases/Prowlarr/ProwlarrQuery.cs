using System.Globalization;
using System.Text;
using ProStream.Server.Catalog;

namespace ProStream.Server.Releases.Prowlarr;

/// <summary>
/// One <c>GET /api/v1/search</c>: the search type, Newznab categories and the query text with
/// Prowlarr's id tokens (<c>{ImdbId:tt…}</c>, <c>{Season:1}</c>…), which Prowlarr removes from
/// the text and passes to indexers that understand them. The title stays in the text for indexers
/// that only search by text.
/// </summary>
public sealed record ProwlarrQuery(string Type, string Query, IReadOnlyList<int> Categories)
{
    public const int Movies = 2000;
    public const int Tv = 5000;

    public static ProwlarrQuery FreeText(string text) => new("search", text.Trim(), [Movies, Tv]);

    public static ProwlarrQuery ForMovie(TitleIds ids, int tmdbId)
    {
        var text = ids.Year is { } year ? $"{ids.Title} {year.ToString(CultureInfo.InvariantCulture)}" : ids.Title;
        var tokens = new StringBuilder();
        AppendImdb(tokens, ids.ImdbId);
        Token(tokens, "TmdbId", tmdbId);
        return new("movie", Join(text, tokens), [Movies]);
    }

    public static ProwlarrQuery ForSeries(TitleIds ids, int tmdbId, int? season, int? episode)
    {
        var tokens = new StringBuilder();
        AppendImdb(tokens, ids.ImdbId);
        Token(tokens, "TvdbId", ids.TvdbId);
        Token(tokens, "TmdbId", tmdbId);
        Token(tokens, "Season", season);
        Token(tokens, "Episode", episode);
        return new("tvsearch", Join(ids.Title, tokens), [Tv]);
    }

    /// <summary>Identical searches share one cache entry (Prowlarr matches text case-insensitively).</summary>
    public string CacheKey =>
        $"releases:search:{Type}:{string.Join(',', Categories)}:{Query.ToLowerInvariant()}";

    public string ToQueryString()
    {
        var text = new StringBuilder("query=").Append(Uri.EscapeDataString(Query)).Append("&type=").Append(Type);
        foreach (var category in Categories)
        {
            text.Append("&categories=").Append(category.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Join(string text, StringBuilder tokens) => $"{text.Trim()} {tokens}".Trim();

    private static void AppendImdb(StringBuilder tokens, string? imdbId)
    {
        if (!string.IsNullOrWhiteSpace(imdbId))
        {
            var id = imdbId.StartsWith("tt", StringComparison.OrdinalIgnoreCase) ? imdbId : "tt" + imdbId;
            tokens.Append("{ImdbId:").Append(id).Append('}');
        }
    }

    private static void Token(StringBuilder tokens, string name, int? value)
    {
        if (value is { } v)
        {
            tokens.Append('{').Append(name).Append(':').Append(v.ToString(CultureInfo.InvariantCulture)).Append('}');
        }
    }
}
