using ProStream.Server.Catalog.Wire;
using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>
/// A movie or show in a list. For a show, <see cref="Title"/> is its name and
/// <see cref="ReleaseDate"/> its first air date, so lists of both kinds read alike.
/// </summary>
public sealed record CatalogItem(
    int Id,
    MediaType Type,
    string Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    string? Overview,
    DateOnly? ReleaseDate,
    int? Year,
    string? PosterUrl,
    string? BackdropUrl,
    double? VoteAverage,
    int? VoteCount,
    double? Popularity,
    IReadOnlyList<int> GenreIds)
{
    /// <param name="item">one result of a TMDB list.</param>
    /// <param name="listType">the list's kind; null for mixed lists, where the item's <c>media_type</c> says.</param>
    /// <param name="images">where pictures live.</param>
    /// <returns>null for people (multi-search, trending "all"): the catalogue lists titles only.</returns>
    internal static CatalogItem? From(TmdbListItem item, MediaType? listType, TmdbImages images)
    {
        var type = listType ?? item.MediaType switch
        {
            "movie" => MediaType.Movie,
            "tv" => MediaType.Tv,
            _ => (MediaType?)null,
        };
        if (type is not { } kind)
        {
            return null;
        }

        var date = TmdbDate.Parse(kind == MediaType.Movie ? item.ReleaseDate : item.FirstAirDate);
        return new CatalogItem(
            item.Id,
            kind,
            (kind == MediaType.Movie ? item.Title : item.Name) ?? item.Title ?? item.Name ?? "",
            kind == MediaType.Movie ? item.OriginalTitle : item.OriginalName,
            item.OriginalLanguage,
            NullIfEmpty(item.Overview),
            date,
            date?.Year,
            images.Poster(item.PosterPath),
            images.Backdrop(item.BackdropPath),
            item.VoteAverage,
            item.VoteCount,
            item.Popularity,
            item.GenreIds ?? []);
    }

    internal static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>One page of a list; <see cref="Page"/> counts from 1, as TMDB does.</summary>
public sealed record CatalogPage(IReadOnlyList<CatalogItem> Results, int Page, int TotalPages, int TotalResults)
{
    internal static CatalogPage From(TmdbPage<TmdbListItem> page, MediaType? listType, TmdbImages images, int requestedPage) =>
        new(
            [.. (page.Results ?? []).Select(item => CatalogItem.From(item, listType, images)).OfType<CatalogItem>()],
            page.Page ?? requestedPage,
            page.TotalPages ?? 0,
            page.TotalResults ?? 0);
}

public sealed record Genre(int Id, string Name)
{
    internal static IReadOnlyList<Genre> From(List<TmdbGenre>? genres) =>
        [.. (genres ?? []).Select(g => new Genre(g.Id, g.Name ?? ""))];
}

public sealed record GenreList(IReadOnlyList<Genre> Genres);
