using System.Text.Json.Serialization;

namespace ProStream.Server.Catalog.Wire;

/// <summary><c>/movie/{id}?append_to_response=credits,videos,external_ids</c>.</summary>
internal sealed record TmdbMovieDetails(
    int Id,
    string? Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    string? Overview,
    string? Tagline,
    string? ReleaseDate,
    int? Runtime,
    string? Status,
    string? Homepage,
    string? ImdbId,
    List<TmdbGenre>? Genres,
    string? PosterPath,
    string? BackdropPath,
    double? VoteAverage,
    int? VoteCount,
    TmdbCredits? Credits,
    TmdbVideoList? Videos,
    TmdbExternalIds? ExternalIds);

/// <summary><c>/tv/{id}?append_to_response=credits,videos,external_ids</c>; TV details carry no <c>imdb_id</c> of their own.</summary>
internal sealed record TmdbTvDetails(
    int Id,
    string? Name,
    string? OriginalName,
    string? OriginalLanguage,
    string? Overview,
    string? Tagline,
    string? FirstAirDate,
    string? LastAirDate,
    string? Status,
    string? Type,
    bool? InProduction,
    int? NumberOfSeasons,
    int? NumberOfEpisodes,
    List<int>? EpisodeRunTime,
    List<TmdbGenre>? Genres,
    List<TmdbNetwork>? Networks,
    List<TmdbSeasonSummary>? Seasons,
    string? PosterPath,
    string? BackdropPath,
    double? VoteAverage,
    int? VoteCount,
    TmdbCredits? Credits,
    TmdbVideoList? Videos,
    TmdbExternalIds? ExternalIds);

internal sealed record TmdbNetwork(int Id, string? Name, string? LogoPath);

internal sealed record TmdbSeasonSummary(
    int Id, int SeasonNumber, string? Name, string? Overview, string? AirDate, int? EpisodeCount, string? PosterPath, double? VoteAverage);

/// <summary><c>/tv/{id}/season/{n}</c>. Its <c>_id</c> is a Mongo string; we use the numeric <c>id</c>.</summary>
internal sealed record TmdbSeason(
    int Id, int SeasonNumber, string? Name, string? Overview, string? AirDate, string? PosterPath, double? VoteAverage, List<TmdbEpisode>? Episodes);

internal sealed record TmdbEpisode(
    int Id,
    int EpisodeNumber,
    int SeasonNumber,
    string? Name,
    string? Overview,
    string? AirDate,
    int? Runtime,
    string? StillPath,
    double? VoteAverage,
    int? VoteCount,
    string? EpisodeType);

internal sealed record TmdbCredits(List<TmdbCastMember>? Cast, List<TmdbCrewMember>? Crew);

internal sealed record TmdbCastMember(int Id, string? Name, string? Character, int? Order, string? ProfilePath);

internal sealed record TmdbCrewMember(int Id, string? Name, string? Job, string? Department, string? ProfilePath);

internal sealed record TmdbVideoList(List<TmdbVideo>? Results);

internal sealed record TmdbVideo(
    string? Id,
    [property: JsonPropertyName("iso_639_1")] string? Language,
    [property: JsonPropertyName("iso_3166_1")] string? Region,
    string? Name, string? Key, string? Site, int? Size, string? Type, bool? Official, string? PublishedAt);

internal sealed record TmdbExternalIds(string? ImdbId, int? TvdbId, string? WikidataId);
