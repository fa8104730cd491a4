namespace ProStream.IntegrationTests.Catalog;

// The catalogue's JSON as a client reads it.

public sealed record CatalogPageBody(CatalogItemBody[] Results, int Page, int TotalPages, int TotalResults);

public sealed record CatalogItemBody(
    int Id, string Type, string Title, string? OriginalTitle, string? Overview, DateOnly? ReleaseDate, int? Year,
    string? PosterUrl, string? BackdropUrl, double? VoteAverage, int[] GenreIds);

public sealed record GenreBody(int Id, string Name);

public sealed record CastBody(int Id, string Name, string? Character, string? ProfileUrl);

public sealed record CrewBody(int Id, string Name, string Job, string? ProfileUrl);

public sealed record CreditsBody(CastBody[] Cast, CrewBody[] Crew);

public sealed record VideoBody(string Key, string Name, string Site, string Type, string? Language, bool Official, string? Url);

public sealed record MovieBody(
    int Id, string Type, string Title, string? OriginalTitle, string? Overview, DateOnly? ReleaseDate, int? Year, int? Runtime,
    GenreBody[] Genres, string? PosterUrl, string? BackdropUrl, string? ImdbId, CreditsBody Credits, VideoBody[] Videos);

public sealed record SeasonSummaryBody(int Id, int SeasonNumber, string Name, int? EpisodeCount, string? PosterUrl);

public sealed record ShowBody(
    int Id, string Type, string Title, DateOnly? FirstAirDate, int? Year, string? PosterUrl, string? BackdropUrl, string? ImdbId, int? TvdbId,
    string[] Networks, SeasonSummaryBody[] Seasons, CreditsBody Credits, VideoBody[] Videos);

public sealed record EpisodeBody(int Id, int SeasonNumber, int EpisodeNumber, string Name, DateOnly? AirDate, int? Runtime, string? StillUrl);

public sealed record SeasonBody(int Id, int ShowId, int SeasonNumber, string Name, string? PosterUrl, EpisodeBody[] Episodes);

public sealed record GenreListBody(GenreBody[] Genres);
