namespace ProStream.Server.Playback.Keyframes;

/// <summary>
/// Reads up to <paramref name="length"/> bytes at <paramref name="offset"/> of a source
/// (an HTTP Range request, or a file). Returns fewer bytes only at the end of the source.
/// </summary>
public delegate ValueTask<ReadOnlyMemory<byte>> ReadRange(long offset, int length, CancellationToken cancellationToken);

/// <summary>The container metadata is malformed or claims absurd sizes.</summary>
public sealed class KeyframeIndexException(string message) : Exception(message);

/// <summary>Keyframe presentation times of the video track, in seconds, ascending.</summary>
public sealed record KeyframeIndex(IReadOnlyList<double> Times);
