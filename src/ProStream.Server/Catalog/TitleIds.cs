using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>What a release search needs to know about a title: its name, year and ids on other databases.</summary>
public sealed record TitleIds(MediaType Type, int TmdbId, string Title, string? OriginalTitle, int? Year, string? ImdbId, int? TvdbId);
