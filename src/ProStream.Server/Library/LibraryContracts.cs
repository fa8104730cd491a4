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
