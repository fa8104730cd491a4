using Microsoft.Extensions.Options;
using ProStream.Server.Catalog;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Releases;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Play;

/// <summary>
/// "Play this title" in one call: the title's releases, ranked for the viewer with junk and mismatches
/// left out (or the release the viewer chose), tried best first, up to <see cref="PlayOptions.MaxAttempts"/>,
/// until one plays. Without a start position, an unfinished viewing-history entry sets it.
/// </summary>
public sealed partial class PlayOrchestrator(
    ReleaseSearch search,
    ReleaseStore store,
    ViewerRankingPreferences viewer,
    ReleaseOrderer orderer,
    ViewingHistory history,
    ReleasePlayer player,
    AllDebridClient allDebrid,
    IOptions<PlayOptions> options,
    ILogger<PlayOrchestrator> logger)
{
    public async Task<PlayStarted> PlayAsync(Guid ownerId, PlayRequest request, CancellationToken ct)
    {
        var type = request.Type!.Value;
        var title = new PlayedTitle(type, request.TmdbId!.Value, request.Season, request.Episode);
        var client = ClientProfileRequest.Parse(request.ClientCodecs, request.Multichannel, request.NativeHls);
        var (candidates, episode) = request.ReleaseId is { Length: > 0 } releaseId
            ? ([await ChosenAsync(releaseId, ct)], await EpisodeIdsAsync(title, ct))
            : await RankedAsync(ownerId, title, client, ct);
        // Checked here, before any upload, so that a missing key answers 503 rather than "every release failed".
        allDebrid.EnsureConfigured();

        var start = request.StartPosition ?? await history.FindResumePositionAsync(ownerId, type, title.TmdbId, title.Season, title.Episode, ct) ?? 0;
        var target = new PlayTarget(ownerId, start, client, title, episode);
        var attempts = new List<PlayAttempt>();
        foreach (var candidate in candidates.Take(options.Value.MaxAttempts))
        {
            var release = candidate.Release;
            try
            {
                var (session, file) = await player.PlayAsync(release, target, ct);
                attempts.Add(new PlayAttempt(release.Id, release.Title, PlayOutcomes.Playing, $"playing {file.Path}"));
                LogPlaying(logger, title.TmdbId, session.Id, attempts.Count);
                return new PlayStarted(session, candidate, file, attempts);
            }
            catch (PlayAttemptFailedException failure)
            {
                LogAttemptFailed(logger, title.TmdbId, failure.Outcome, failure.Message);
                attempts.Add(new PlayAttempt(release.Id, release.Title, failure.Outcome, failure.Message, failure.IsUpstream));
            }
        }

        throw NothingPlayed(attempts);
    }

    private async Task<RankedRelease> ChosenAsync(string releaseId, CancellationToken ct)
    {
        var release = await store.FindAsync(releaseId, ct)
            ?? throw ProblemException.NotFound("No release has this id, or it has expired; search again.");
        return new RankedRelease(release, 1, "chosen by the viewer", []);
    }

    /// <summary>For a release the viewer chose, the episode's other names help pick its file; without a catalogue
    /// the file is found by season and episode alone.</summary>
    private async Task<EpisodeIds> EpisodeIdsAsync(PlayedTitle title, CancellationToken ct)
    {
        try
        {
            return await search.GetEpisodeIdsAsync(title.Type, title.TmdbId, title.Season, title.Episode, ct);
        }
        catch (ProblemException)
        {
            return EpisodeIds.Unknown;
        }
    }

    private async Task<(IReadOnlyList<RankedRelease> Ranked, EpisodeIds Episode)> RankedAsync(Guid ownerId, PlayedTitle title, ClientProfile client, CancellationToken ct)
    {
        var found = await search.SearchTitleAsync(title.Type, title.TmdbId, title.Season, title.Episode, ct);
        var releases = found.Releases;
        if (title.Type == MediaType.Tv)
        {
            // Season packs are often the releases AllDebrid has cached; an episode search rarely lists them.
            var packs = await search.SearchTitleAsync(title.Type, title.TmdbId, title.Season, null, ct);
            releases = [.. releases.Concat(packs.Releases).DistinctBy(r => r.InfoHash ?? r.Title)];
        }

        var preferences = await viewer.ForAsync(ownerId, client, found.Title.OriginalLanguage, ct);
        // Instant releases first within a quality tier; waiting until the checks have removed their uploads keeps
        // them from deleting the magnet this Play is about to upload.
        var ranked = await orderer.OrderAsync(
            releases, found.Expectations(title.Season, title.Episode), preferences, includeRejected: false, InstantWait.UntilSettled, ct);
        return (ranked, found.Episode);
    }

    private static ProblemException NothingPlayed(List<PlayAttempt> attempts)
    {
        var extensions = new Dictionary<string, object?> { ["attempts"] = attempts.ConvertAll(PlayAttemptDto.From) };
        if (attempts.Count == 0)
        {
            return new ProblemException(
                StatusCodes.Status422UnprocessableEntity, "Nothing to play", "No release of this title is worth playing (none found, or all rejected).")
            { Extensions = extensions };
        }

        var tried = string.Join("; ", attempts.Select(a => $"{a.Title}: {a.Outcome} ({a.Reason})"));
        return attempts.TrueForAll(a => a.IsUpstreamFailure)
            ? new ProblemException(StatusCodes.Status502BadGateway, "Nothing could be played", $"Every release failed upstream. Tried: {tried}") { Extensions = extensions }
            : new ProblemException(StatusCodes.Status422UnprocessableEntity, "Nothing could be played", $"No release could be played. Tried: {tried}") { Extensions = extensions };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Play {TmdbId}: session {SessionId} started at attempt {Attempt}")]
    private static partial void LogPlaying(ILogger logger, int tmdbId, Guid sessionId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Play {TmdbId}: a release failed ({Outcome}): {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, int tmdbId, string outcome, string reason);
}
