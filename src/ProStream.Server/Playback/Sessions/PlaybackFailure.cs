using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Sessions;

public enum PlaybackFailureKind
{
    /// <summary>The source failed: <see cref="PlaybackFailure.Source"/> says how.</summary>
    Source,

    /// <summary>The source is media, but not media this server can play (no video, a codec ffmpeg does not know).</summary>
    UnsupportedCodec,

    /// <summary>The server or this viewer is at the session limit.</summary>
    Busy,

    /// <summary>The request contradicts the media (e.g. a start position past its end).</summary>
    InvalidRequest,

    /// <summary>The owner's account was deleted or its role changed while the session was starting.</summary>
    AccessEnded,
}

/// <summary>Why the playback engine did not start a session; in words for the viewer, without HTTP.</summary>
public sealed record PlaybackFailure(PlaybackFailureKind Kind, string Detail)
{
    /// <summary>How the source failed, when <see cref="Kind"/> is <see cref="PlaybackFailureKind.Source"/>.</summary>
    public SourceFailureKind? Source { get; init; }

    /// <summary>Seconds after which trying again may work (session limits).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Whether the failure belongs to this source, so that another source of the same title may play.</summary>
    public bool IsSourceSpecific => Kind is PlaybackFailureKind.Source or PlaybackFailureKind.UnsupportedCodec;

    public static PlaybackFailure FromSource(SourceFailureKind kind, string detail) => new(PlaybackFailureKind.Source, detail) { Source = kind };

    public static PlaybackFailure Busy(string detail, int retryAfterSeconds) =>
        new(PlaybackFailureKind.Busy, detail) { RetryAfterSeconds = retryAfterSeconds };
}

/// <summary>Carries a <see cref="PlaybackFailure"/> out of the engine's inner steps; <see cref="PlaybackEngine"/>
/// turns it into a result, and the HTTP edge maps it when an endpoint rethrows it.</summary>
public sealed class PlaybackFailedException(PlaybackFailure failure, Exception? inner = null) : Exception(failure.Detail, inner)
{
    public PlaybackFailure Failure { get; } = failure;
}
