namespace ProStream.Server.Play;

/// <summary>One release tried by <see cref="PlayOrchestrator"/> and how it went (<see cref="PlayOutcomes"/>);
/// <see cref="IsUpstreamFailure"/> when the failure was an upstream's (AllDebrid, the file host), not the release's content.</summary>
public sealed record PlayAttempt(string ReleaseId, string Title, string Outcome, string Reason, bool IsUpstreamFailure = false);

public static class PlayOutcomes
{
    /// <summary>The release plays: the session was created from it.</summary>
    public const string Playing = "playing";

    /// <summary>AllDebrid did not have the torrent ready within <c>Play:ReadyTimeout</c>.</summary>
    public const string NotReady = "not-ready";

    /// <summary>AllDebrid refused or failed the torrent or its link.</summary>
    public const string DebridError = "debrid-error";

    /// <summary>The torrent holds no file to play (only samples, extras or archives, or not the episode).</summary>
    public const string NoPlayableFile = "no-playable-file";

    /// <summary>The unlocked file could not be reached (dead link, host error) or did not answer in time.</summary>
    public const string SourceFailed = "source-failed";

    /// <summary>The unlocked file is not a video (or not one that can be seeked).</summary>
    public const string NotMedia = "not-media";

    /// <summary>The file's video is in a codec the server cannot play.</summary>
    public const string UnsupportedCodec = "unsupported-codec";
}

/// <summary>A release could not be played; the next one is tried.</summary>
internal sealed class PlayAttemptFailedException(string outcome, string reason, bool isUpstream, Exception? inner = null)
    : Exception(reason, inner)
{
    public string Outcome { get; } = outcome;

    public bool IsUpstream { get; } = isUpstream;
}
