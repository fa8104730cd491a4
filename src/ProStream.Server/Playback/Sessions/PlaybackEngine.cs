using System.Diagnostics.CodeAnalysis;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Sessions;

/// <summary>A started session, or why none started.</summary>
public sealed record PlaybackStartResult(PlaybackSession? Session, PlaybackFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Session))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Started => Session is not null;
}

/// <summary>What a session is played from: a source URL, for a player, from a position; <see cref="Label"/> is
/// the caller's (the engine carries it on the session for progress reports and never reads it).</summary>
public sealed record SessionRequest(Uri Url, double StartPosition, ClientProfile Client, PlayedTitle? Label);

/// <summary>
/// The playback engine's door: a source and a client profile in, a session or a typed
/// <see cref="PlaybackFailure"/> out. It knows nothing of HTTP, releases or the library; the failures of
/// its inner steps (source, probe, limits) are turned into results here, in one place.
/// </summary>
public sealed class PlaybackEngine(PlaybackSessionStarter starter)
{
    public async Task<PlaybackStartResult> StartAsync(Guid ownerId, SessionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return new PlaybackStartResult(await starter.StartAsync(ownerId, request, cancellationToken), null);
        }
        catch (Exception e) when (Describe(e) is { } failure)
        {
            return new PlaybackStartResult(null, failure);
        }
    }

    /// <summary>The typed failure an inner step's exception stands for; null for what is not a playback failure
    /// (a cancelled request, a bug).</summary>
    internal static PlaybackFailure? Describe(Exception exception) => exception switch
    {
        PlaybackFailedException e => e.Failure,
        SourceFailureException e => PlaybackFailure.FromSource(e.Kind, e.Message),
        _ => null,
    };
}
