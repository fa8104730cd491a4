namespace ProStream.Server.Debrid.Torrents;

/// <summary>Bencoded data, a .torrent or a magnet link that cannot be read; the message says why.</summary>
public sealed class InvalidTorrentException(string message, int? position = null)
    : Exception(position is { } at ? $"{message} (at byte {at})" : message)
{
    /// <summary>Byte offset where the problem was found, when it concerns bencoded input.</summary>
    public int? Position { get; } = position;
}
