using ProStream.Server.Catalog.Wire;
using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>A movie with its credits, videos and IMDb id, from one TMDB call.</summary>
public sealed record MovieDetails(
    int Id,
    MediaType Type,
    string Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    string? Overview,
    string? Tagline,
    DateOnly? ReleaseDate,
    int? Year,
    int? Runtime,
    string? Status,
    string? Homepage,
    IReadOnlyList<Genre> Genres,
    string? PosterUrl,
    string? BackdropUrl,
    double? VoteAverage,
    int? VoteCount,
    string? ImdbId,
    Credits Credits,
    IReadOnlyList<Video> Videos)
{
    internal static MovieDetails From(TmdbMovieDetails movie, TmdbImages images, string language)
    {
        var date = TmdbDate.Parse(movie.ReleaseDate);
        return new MovieDetails(
            movie.Id,
            MediaType.Movie,
            movie.Title ?? "",
            movie.OriginalTitle,
            movie.OriginalLanguage,
            CatalogItem.NullIfEmpty(movie.Overview),
            CatalogItem.NullIfEmpty(movie.Tagline),
            date,
            date?.Year,
            movie.Runtime is > 0 ? movie.Runtime : null,
            movie.Status,
            CatalogItem.NullIfEmpty(movie.Homepage),
            Genre.From(movie.Genres),
            images.Poster(movie.PosterPath),
            images.Backdrop(movie.BackdropPath),
            movie.VoteAverage,
            movie.VoteCount,
            CatalogItem.NullIfEmpty(movie.ImdbId) ?? CatalogItem.NullIfEmpty(movie.ExternalIds?.ImdbId),
            Credits.From(movie.Credits, images),
            Video.From(movie.Videos, language));
    }
}
