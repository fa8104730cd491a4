namespace ProStream.Server.Catalog;

/// <summary>
/// Filters for <c>/discover/movie</c>, already validated: <see cref="Genres"/> are TMDB genre
/// ids joined by <c>,</c> (all of them) or <c>|</c> (any of them).
/// </summary>
public sealed record DiscoverFilter(string? Genres, int? Year, string SortBy);
