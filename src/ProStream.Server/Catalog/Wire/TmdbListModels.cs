namespace ProStream.Server.Catalog.Wire;

// TMDB's JSON as it arrives (../shared/upstreams.md §1.5). Everything is nullable and unknown
// fields are ignored; nothing here leaves the Catalog feature.

internal sealed record TmdbPage<T>(int? Page, List<T>? Results, int? TotalPages, int? TotalResults);

/// <summary>A movie, show or person in a list; <c>media_type</c> is present in multi-search and trending.</summary>
internal sealed record TmdbListItem(
    int Id,
    string? MediaType,
    string? Title,
    string? Name,
    string? OriginalTitle,
    string? OriginalName,
    string? OriginalLanguage,
    string? Overview,
    string? ReleaseDate,
    string? FirstAirDate,
    string? PosterPath,
    string? BackdropPath,
    double? VoteAverage,
    int? VoteCount,
    double? Popularity,
    List<int>? GenreIds,
    bool? Adult);

internal sealed record TmdbGenre(int Id, string? Name);

internal sealed record TmdbGenreList(List<TmdbGenre>? Genres);

internal sealed record TmdbConfiguration(TmdbImageConfiguration? Images);

internal sealed record TmdbImageConfiguration(
    string? BaseUrl,
    string? SecureBaseUrl,
    List<string>? PosterSizes,
    List<string>? BackdropSizes,
    List<string>? ProfileSizes,
    List<string>? StillSizes);

/// <summary>TMDB's error body: <c>{"success":false,"status_code":34,"status_message":"…"}</c>.</summary>
internal sealed record TmdbError(bool? Success, int? StatusCode, string? StatusMessage);
