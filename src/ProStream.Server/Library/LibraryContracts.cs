using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Library;

public sealed record AddToWatchlistRequest(
    [property: Range(1, int.MaxValue)] int TmdbId,
    [property: Required] MediaType? Type,
    [property: StringLength(300)] string? Title,
    [property: StringLength(300)] string? PosterPath);

public sealed record WatchlistItemDto(MediaType Type, int TmdbId, string? Title, string? PosterPath, DateTimeOffset AddedAt)
{
    public static WatchlistItemDto From(WatchlistItem item) => new(item.Type, item.TmdbId, item.Title, item.PosterPath, item.AddedAt);
}

public sealed record RecordProgressRequest(
    [property: Range(0, 1_000_000)] double Position,
    [property: Range(0.001, 1_000_000)] double Duration,
    [property: Range(0, 1000)] int? Season,
    [property: Range(0, 100_000)] int? Episode,
    [property: StringLength(300)] string? Title,
    [property: StringLength(300)] string? PosterPath);

public sealed record HistoryEntryDto(
    MediaType Type,
    int TmdbId,
    int? Season,
    int? Episode,
    string? Title,
    string? PosterPath,
    double Position,
    double Duration,
    double Percent,
    bool Finished,
    DateTimeOffset LastWatchedAt)
{
    public static HistoryEntryDto From(HistoryEntry e) =>
        new(e.Type, e.TmdbId, e.Season, e.Episode, e.Title, e.PosterPath, e.Position, e.Duration, e.Percent, e.Finished, e.LastWatchedAt);
}

/// <summary>Marks episodes of one season watched (<see cref="Watched"/>) or unwatched: one episode, or a whole season.</summary>
public sealed record MarkEpisodesRequest(
    [property: Required, Range(0, 1000)] int? Season,
    [property: Required, MinLength(1), MaxLength(1000)] IReadOnlyList<int>? Episodes,
    bool Watched = true) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Episodes?.Any(e => e is < 0 or > 100_000) == true)
            yield return new ValidationResult("Episode numbers run from 0 to 100000.", [nameof(Episodes)]);
    }
}

public sealed record EpisodeProgressDto(int Season, int Episode, double Position, double Duration, double Percent, bool Finished, DateTimeOffset UpdatedAt)
{
    public static EpisodeProgressDto From(EpisodeProgress e) => new(e.Season, e.Episode, e.Position, e.Duration, e.Percent, e.Finished, e.UpdatedAt);
}
