namespace ProStream.Server.Playback.Clients;

/// <summary>How a source reaches a client: on the wire <c>direct</c>, <c>remux</c> or <c>transcode</c>.</summary>
public enum PlaybackPath
{
    /// <summary>Every stream is copied: the client plays the video and every audio track as they are.</summary>
    Direct,

    /// <summary>The video is copied, some audio is re-encoded to AAC.</summary>
    Remux,

    /// <summary>The video is re-encoded to H.264 (the expensive path).</summary>
    Transcode,
}

public static class PlaybackPaths
{
    /// <summary>The one rule, shared by the ranking (from a release's name) and the session (from its plan).</summary>
    public static PlaybackPath Of(bool videoCopied, bool everyAudioCopied) =>
        !videoCopied ? PlaybackPath.Transcode : everyAudioCopied ? PlaybackPath.Direct : PlaybackPath.Remux;
}
