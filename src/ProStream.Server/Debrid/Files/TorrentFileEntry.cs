namespace ProStream.Server.Debrid.Files;

/// <summary>One file of a torrent, as the debrid service lists it.</summary>
/// <param name="Path">Path inside the torrent, folders separated by '/' (or '\').</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Link">The debrid link to unlock for this file, when the service gives one.</param>
public sealed record TorrentFileEntry(string Path, long Size, string? Link);
