using Microsoft.Extensions.Options;
using ProStream.Server.Catalog;
using ProStream.Server.Debrid;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Debrid.Files;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Playback.Sources;
using ProStream.Server.Releases;

namespace ProStream.Server.Play;

/// <summary>What to start from one release: who watches, where, with which player, and which title it is; for an
/// episode, its absolute number and air date, which a season pack's file names may use instead of S01E02.</summary>
public sealed record PlayTarget(Guid OwnerId, double StartPosition, ClientProfile Client, PlayedTitle Title, EpisodeIds? Episode = null);

/// <summary>
/// Plays one release: AllDebrid upload and a bounded wait until ready (no wait when it is cached),
/// the file to play, its unlocked link, and a playback session reading it. Any failure that belongs to
/// this release becomes a <see cref="PlayAttemptFailedException"/>, so that the next release can be tried.
/// </summary>
public sealed class ReleasePlayer(
    DebridService debrid, PlaybackEngine engine, IOptions<PlayOptions> options)
{
    public async Task<(PlaybackSession Session, TorrentFileEntry File)> PlayAsync(Release release, PlayTarget target, CancellationToken ct)
    {
        var magnet = await WaitUntilReadyAsync(release, ct);
        var files = (magnet.Files ?? []).Select(f => new TorrentFileEntry(f.Path, f.Size, f.Link)).ToList();
        var choice = TorrentFileChooser.Choose(files, target.Title.Season, target.Title.Episode, target.Episode?.AbsoluteNumber, target.Episode?.AirDate);
        if (choice.File is not { Link: { } link } file)
            throw new PlayAttemptFailedException(PlayOutcomes.NoPlayableFile, choice.Reason, isUpstream: false);

        var unlocked = await Step(PlayOutcomes.DebridError, () => debrid.UnlockAsync(link, ct));
        var result = await engine.StartAsync(target.OwnerId, new SessionRequest(unlocked.Url, target.StartPosition, target.Client, target.Title), ct);
        return result.Started ? (result.Session, file) : throw AttemptFailed(result.Failure);
    }

    private async Task<DebridMagnet> WaitUntilReadyAsync(Release release, CancellationToken ct)
    {
        var timeout = options.Value.ReadyTimeout;
        try
        {
            return await Step(PlayOutcomes.DebridError, () => debrid.AddUntilReadyAsync(new DebridSource(release.Id, null), timeout, ct));
        }
        catch (MagnetNotReadyException notReady)
        {
            throw new PlayAttemptFailedException(
                PlayOutcomes.NotReady, $"not ready on AllDebrid within {timeout.TotalSeconds:0.#} s ({notReady.StatusMessage})", isUpstream: true);
        }
    }

    /// <summary>Turns the failures that belong to this release into <see cref="PlayAttemptFailedException"/>; the
    /// others (not configured, rate limited, session limits, a client's cancellation) end the whole request.</summary>
    private static async Task<T> Step<T>(string outcome, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (ProblemException e) when (IsReleaseFailure(e.StatusCode))
        {
            var upstream = e is UpstreamException || e.StatusCode >= StatusCodes.Status500InternalServerError;
            throw new PlayAttemptFailedException(outcome, e.Message, upstream, e);
        }
        catch (Playback.Sources.SourceFailureException e)
        {
            var upstream = e.Kind is Playback.Sources.SourceFailureKind.Unreachable or Playback.Sources.SourceFailureKind.Timeout;
            throw new PlayAttemptFailedException(outcome, e.Message, upstream, e);
        }
    }

    /// <summary>A failure of this release's file lets the next release be tried; the others (limits, a start
    /// position past the end) end the whole request as they are.</summary>
    private static Exception AttemptFailed(PlaybackFailure failure)
    {
        if (!failure.IsSourceSpecific)
            return new PlaybackFailedException(failure);
        var outcome = (failure.Kind, failure.Source) switch
        {
            (PlaybackFailureKind.UnsupportedCodec, _) => PlayOutcomes.UnsupportedCodec,
            (_, SourceFailureKind.NotMedia or SourceFailureKind.NoRangeSupport) => PlayOutcomes.NotMedia,
            _ => PlayOutcomes.SourceFailed,
        };
        var upstream = failure.Source is SourceFailureKind.Unreachable or SourceFailureKind.Timeout;
        return new PlayAttemptFailedException(outcome, failure.Detail, upstream);
    }

    private static bool IsReleaseFailure(int status) => status is
        StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound or StatusCodes.Status410Gone
        or StatusCodes.Status422UnprocessableEntity or StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout;
}
