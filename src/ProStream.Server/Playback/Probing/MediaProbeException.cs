namespace ProStream.Server.Playback.Probing;

/// <summary>The source could be read but is not a playable media file.</summary>
public sealed class MediaProbeException(string message, Exception? innerException = null)
    : Exception(message, innerException);
