using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity;

namespace ProStream.Server.Library;

internal static class LibraryEndpoints
{
    public static void MapWatchlistEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/watchlist").WithTags("Library").RequireAuthorization();
        group.MapGet("/", ListWatchlist).WithSummary("The watchlist, newest first.");
        group.MapPost("/", AddToWatchlist).WithSummary("Add a title; adding it again keeps one item.");
        group.MapDelete("/{type}/{tmdbId:int}", RemoveFromWatchlist).WithSummary("Remove a title (no error if absent).");
    }

    public static void MapHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/history").WithTags("Library").RequireAuthorization();
        group.MapGet("/", ListHistory).WithSummary("Viewing history, last watched first; unfinished=true gives 'continue watching'.");
        group.MapGet("/tv/{tmdbId:int}/episodes", ListEpisodes).WithSummary("A show's episodes the viewer played or marked: progress and watched marks.");
        group.MapPut("/tv/{tmdbId:int}/episodes/watched", MarkEpisodes)
            .WithSummary("Mark episodes of a season watched or unwatched; answers the show's episodes as GET does.");
        group.MapPut("/{type}/{tmdbId:int}", RecordProgress).WithSummary("Record where the viewer is in a title.");
        group.MapDelete("/{type}/{tmdbId:int}", RemoveFromHistory).WithSummary("Forget a title.");
    }

    private static async Task<Ok<List<WatchlistItemDto>>> ListWatchlist(ClaimsPrincipal user, ProStreamDbContext db, CancellationToken ct)
    {
        var items = await db.Watchlist.AsNoTracking().Where(w => w.UserId == user.Id())
            .OrderByDescending(w => w.AddedAt).ThenByDescending(w => w.Id).ToListAsync(ct);
        return TypedResults.Ok(items.ConvertAll(WatchlistItemDto.From));
    }

    private static async Task<Results<Created<WatchlistItemDto>, Ok<WatchlistItemDto>>> AddToWatchlist(
        AddToWatchlistRequest request, ClaimsPrincipal user, ProStreamDbContext db, TimeProvider time, CancellationToken ct)
    {
        var userId = user.Id();
        var type = request.Type!.Value;
        var existing = await db.Watchlist.AsNoTracking().SingleOrDefaultAsync(w => w.UserId == userId && w.Type == type && w.TmdbId == request.TmdbId, ct);
        if (existing is not null)
        {
            return TypedResults.Ok(WatchlistItemDto.From(existing));
        }

        var item = new WatchlistItem
        {
            UserId = userId, Type = type, TmdbId = request.TmdbId,
            Title = request.Title, PosterPath = request.PosterPath, AddedAt = time.GetUtcNow(),
        };
        db.Watchlist.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Added concurrently by another request: the outcome is the same single item.
            db.ChangeTracker.Clear();
            var stored = await db.Watchlist.AsNoTracking().SingleAsync(w => w.UserId == userId && w.Type == type && w.TmdbId == request.TmdbId, ct);
            return TypedResults.Ok(WatchlistItemDto.From(stored));
        }

        return TypedResults.Created($"/api/watchlist/{Wire(type)}/{item.TmdbId}", WatchlistItemDto.From(item));
    }

    private static async Task<NoContent> RemoveFromWatchlist(string type, int tmdbId, ClaimsPrincipal user, ProStreamDbContext db, CancellationToken ct)
    {
        var mediaType = ParseType(type);
        var userId = user.Id();
        await db.Watchlist.Where(w => w.UserId == userId && w.Type == mediaType && w.TmdbId == tmdbId).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<HistoryEntryDto>>> ListHistory(
        ClaimsPrincipal user, ProStreamDbContext db, CancellationToken ct, bool unfinished = false)
    {
        var userId = user.Id();
        var query = db.History.AsNoTracking().Where(h => h.UserId == userId);
        if (unfinished)
        {
            query = query.Where(h => !h.Finished);
        }

        var entries = await query.OrderByDescending(h => h.LastWatchedAt).ThenByDescending(h => h.Id).ToListAsync(ct);
        return TypedResults.Ok(entries.ConvertAll(HistoryEntryDto.From));
    }

    private static async Task<Ok<HistoryEntryDto>> RecordProgress(
        string type, int tmdbId, RecordProgressRequest request, ClaimsPrincipal user, ViewingHistory history, CancellationToken ct)
    {
        var entry = await history.RecordAsync(user.Id(), ParseType(type), tmdbId, request, ct);
        return TypedResults.Ok(HistoryEntryDto.From(entry));
    }

    private static async Task<Ok<List<EpisodeProgressDto>>> ListEpisodes(int tmdbId, ClaimsPrincipal user, ViewingHistory history, CancellationToken ct) =>
        TypedResults.Ok((await history.EpisodesAsync(user.Id(), tmdbId, ct)).ConvertAll(EpisodeProgressDto.From));

    private static async Task<Ok<List<EpisodeProgressDto>>> MarkEpisodes(
        int tmdbId, MarkEpisodesRequest request, ClaimsPrincipal user, ViewingHistory history, CancellationToken ct)
    {
        await history.MarkEpisodesAsync(user.Id(), tmdbId, request, ct);
        return await ListEpisodes(tmdbId, user, history, ct);
    }

    private static async Task<NoContent> RemoveFromHistory(string type, int tmdbId, ClaimsPrincipal user, ProStreamDbContext db, CancellationToken ct)
    {
        var mediaType = ParseType(type);
        var userId = user.Id();
        var removed = await db.History.Where(h => h.UserId == userId && h.Type == mediaType && h.TmdbId == tmdbId).ExecuteDeleteAsync(ct);
        if (mediaType == MediaType.Tv)
        {
            removed += await db.EpisodeProgress.Where(e => e.UserId == userId && e.TmdbId == tmdbId).ExecuteDeleteAsync(ct);
        }

        return removed > 0 ? TypedResults.NoContent() : throw ProblemException.NotFound($"No history for {type} {tmdbId}.");
    }

    internal static MediaType ParseType(string type) => type.ToLowerInvariant() switch
    {
        "movie" => MediaType.Movie,
        "tv" => MediaType.Tv,
        _ => throw ProblemException.NotFound($"Unknown media type '{type}'; use 'movie' or 'tv'."),
    };

    private static string Wire(MediaType type) => type == MediaType.Movie ? "movie" : "tv";
}
