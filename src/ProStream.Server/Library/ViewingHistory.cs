using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;

namespace ProStream.Server.Library;

/// <summary>Records where a viewer is; used by the history endpoints and by playback progress.</summary>
public sealed class ViewingHistory(ProStreamDbContext db, TimeProvider time)
{
    public async Task<HistoryEntry> RecordAsync(Guid userId, MediaType type, int tmdbId, RecordProgressRequest progress, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var entry = await db.History.SingleOrDefaultAsync(h => h.UserId == userId && h.Type == type && h.TmdbId == tmdbId, ct);
            if (entry is null)
            {
                entry = new HistoryEntry { UserId = userId, Type = type, TmdbId = tmdbId };
                db.History.Add(entry);
            }

            entry.Season = progress.Season ?? entry.Season;
            entry.Episode = progress.Episode ?? entry.Episode;
            entry.Title = progress.Title ?? entry.Title;
            entry.PosterPath = progress.PosterPath ?? entry.PosterPath;
            entry.Record(progress.Position, progress.Duration, time.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return entry;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A concurrent first report inserted the same title: retry as an update.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The unfinished entry for a title (and episode), to resume playback there.</summary>
    public Task<HistoryEntry?> FindResumableAsync(Guid userId, MediaType type, int tmdbId, int? season, int? episode, CancellationToken ct) =>
        db.History.AsNoTracking()
            .Where(h => h.UserId == userId && h.Type == type && h.TmdbId == tmdbId && !h.Finished)
            .Where(h => h.Season == season && h.Episode == episode)
            .SingleOrDefaultAsync(ct);
}
