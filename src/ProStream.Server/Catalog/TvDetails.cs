using ProStream.Server.Catalog.Wire;
using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>A show with its seasons, credits, videos and external ids (IMDb, TVDB), from one TMDB call.</summary>
public sealed record TvDetails(
    int Id,
    MediaType Type,
    string Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    string? Overview,
    string? Tagline,
    DateOnly? FirstAirDate,
    DateOnly? LastAirDate,
    int? Year,
    string? Status,
    bool InProduction,
    int? NumberOfSeasons,
    int? NumberOfEpisodes,
    IReadOnlyList<int> EpisodeRunTime,
    IReadOnlyList<Genre> Genres,
    IReadOnlyList<string> Networks,
    string? PosterUrl,
    string? BackdropUrl,
    double? VoteAverage,
    int? VoteCount,
    string? ImdbId,
    int? TvdbId,
    IReadOnlyList<SeasonSummary> Seasons,
    Credits Credits,
    IReadOnlyList<Video> Videos)
{
    internal static TvDetails From(TmdbTvDetails show, TmdbImages images, string language)
    {
        var firstAired = TmdbDate.Parse(show.FirstAirDate);
        return new TvDetails(
            show.Id,
            MediaType.Tv,
            show.Name ?? "",
            show.OriginalName,
            show.OriginalLanguage,
            CatalogItem.NullIfEmpty(show.Overview),
            CatalogItem.NullIfEmpty(show.Tagline),
            firstAired,
            TmdbDate.Parse(show.LastAirDate),
            firstAired?.Year,
            show.Status,
            show.InProduction == true,
            show.NumberOfSeasons,
            show.NumberOfEpisodes,
            show.EpisodeRunTime ?? [],
            Genre.From(show.Genres),
            [.. (show.Networks ?? []).Select(n => n.Name).OfType<string>()],
            images.Poster(show.PosterPath),
            images.Backdrop(show.BackdropPath),
            show.VoteAverage,
            show.VoteCount,
            CatalogItem.NullIfEmpty(show.ExternalIds?.ImdbId),
            show.ExternalIds?.TvdbId,
            [.. (show.Seasons ?? []).OrderBy(s => s.SeasonNumber).Select(s => SeasonSummary.From(s, images))],
            Credits.From(show.Credits, images),
            Video.From(show.Videos, language));
    }
}

/// <summary>A season as listed on its show; season 0 holds the specials.</summary>
public sealed record SeasonSummary(
    int Id, int SeasonNumber, string Name, string? Overview, DateOnly? AirDate, int? EpisodeCount, string? PosterUrl, double? VoteAverage)
{
    internal static SeasonSummary From(TmdbSeasonSummary season, TmdbImages images) => new(
        season.Id, season.SeasonNumber, season.Name ?? "", CatalogItem.NullIfEmpty(season.Overview), TmdbDate.Parse(season.AirDate),
        season.EpisodeCount, images.Poster(season.PosterPath), season.VoteAverage);
}

/// <summary>A season with its episodes.</summary>
public sealed record SeasonDetails(
    int Id, int ShowId, int SeasonNumber, string Name, string? Overview, DateOnly? AirDate, string? PosterUrl, double? VoteAverage,
    IReadOnlyList<Episode> Episodes)
{
    internal static SeasonDetails From(TmdbSeason season, int showId, TmdbImages images) => new(
        season.Id, showId, season.SeasonNumber, season.Name ?? "", CatalogItem.NullIfEmpty(season.Overview), TmdbDate.Parse(season.AirDate),
        images.Poster(season.PosterPath), season.VoteAverage,
        [.. (season.Episodes ?? []).OrderBy(e => e.EpisodeNumber).Select(e => Episode.From(e, images))]);
}

public sealed record Episode(
    int Id, int SeasonNumber, int EpisodeNumber, string Name, string? Overview, DateOnly? AirDate, int? Runtime, string? StillUrl,
    double? VoteAverage, int? VoteCount)
{
    internal static Episode From(TmdbEpisode episode, TmdbImages images) => new(
        episode.Id, episode.SeasonNumber, episode.EpisodeNumber, episode.Name ?? "", CatalogItem.NullIfEmpty(episode.Overview),
        TmdbDate.Parse(episode.AirDate), episode.Runtime, images.Still(episode.StillPath), episode.VoteAverage, episode.VoteCount);
}
