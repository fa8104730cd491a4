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
            if (type == MediaType.Tv && progress is { Season: { } season, Episode: { } episode })
            {
                (await FindOrAddEpisodeAsync(userId, tmdbId, season, episode, ct)).Record(progress.Position, progress.Duration, time.GetUtcNow());
            }

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

    /// <summary>Where to resume a title (an episode: its own progress), or null when it is new or finished.</summary>
    public async Task<double?> FindResumePositionAsync(Guid userId, MediaType type, int tmdbId, int? season, int? episode, CancellationToken ct)
    {
        if (type == MediaType.Tv && season is not null && episode is not null)
        {
            var progress = await db.EpisodeProgress.AsNoTracking()
                .SingleOrDefaultAsync(e => e.UserId == userId && e.TmdbId == tmdbId && e.Season == season && e.Episode == episode && !e.Finished, ct);
            if (progress is not null)
            {
                return progress.Position;
            }
        }

        return (await db.History.AsNoTracking()
            .Where(h => h.UserId == userId && h.Type == type && h.TmdbId == tmdbId && !h.Finished)
            .Where(h => h.Season == season && h.Episode == episode)
            .SingleOrDefaultAsync(ct))?.Position;
    }

    /// <summary>Every episode of a show the viewer has played or marked.</summary>
    public Task<List<EpisodeProgress>> EpisodesAsync(Guid userId, int tmdbId, CancellationToken ct) =>
        db.EpisodeProgress.AsNoTracking().Where(e => e.UserId == userId && e.TmdbId == tmdbId)
            .OrderBy(e => e.Season).ThenBy(e => e.Episode).ToListAsync(ct);

    /// <summary>Marks episodes of one season watched, or forgets them (unwatched); the show's entry follows when it
    /// stands on one of them.</summary>
    public async Task MarkEpisodesAsync(Guid userId, int tmdbId, MarkEpisodesRequest request, CancellationToken ct)
    {
        var season = request.Season!.Value;
        var episodes = request.Episodes!.Distinct().ToArray();
        for (var attempt = 0; ; attempt++)
        {
            var now = time.GetUtcNow();
            if (request.Watched)
            {
                foreach (var episode in episodes)
                {
                    (await FindOrAddEpisodeAsync(userId, tmdbId, season, episode, ct)).MarkWatched(now);
                }
            }
            else
            {
                db.EpisodeProgress.RemoveRange(await db.EpisodeProgress
                    .Where(e => e.UserId == userId && e.TmdbId == tmdbId && e.Season == season && episodes.Contains(e.Episode)).ToListAsync(ct));
            }

            var show = await db.History.SingleOrDefaultAsync(h => h.UserId == userId && h.Type == MediaType.Tv && h.TmdbId == tmdbId, ct);
            if (show is { Season: { } current, Episode: { } currentEpisode } && current == season && episodes.Contains(currentEpisode))
            {
                show.Record(request.Watched ? show.Duration : 0, show.Duration, now);
                show.Finished = request.Watched;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A concurrent report inserted one of these episodes: retry as updates.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<EpisodeProgress> FindOrAddEpisodeAsync(Guid userId, int tmdbId, int season, int episode, CancellationToken ct)
    {
        var found = db.EpisodeProgress.Local.SingleOrDefault(e => e.UserId == userId && e.TmdbId == tmdbId && e.Season == season && e.Episode == episode)
            ?? await db.EpisodeProgress.SingleOrDefaultAsync(e => e.UserId == userId && e.TmdbId == tmdbId && e.Season == season && e.Episode == episode, ct);
        if (found is not null)
        {
            return found;
        }

        var added = new EpisodeProgress { UserId = userId, TmdbId = tmdbId, Season = season, Episode = episode };
        db.EpisodeProgress.Add(added);
        return added;
    }
}
