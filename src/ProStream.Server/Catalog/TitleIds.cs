using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>What a release search needs to know about a title: its name, year, ids on other databases and
/// original language (TMDB <c>original_language</c>, ISO 639-1), which the ranker takes untagged releases to carry.</summary>
public sealed record TitleIds(
    MediaType Type, int TmdbId, string Title, string? OriginalTitle, int? Year, string? ImdbId, int? TvdbId, string? OriginalLanguage = null);
