using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases;

/// <summary>
/// A torrent release found through Prowlarr, known to clients by its opaque <see cref="Id"/>.
/// <see cref="Origin"/> never leaves the server.
/// </summary>
public sealed record Release(
    string Id,
    string Title,
    string Indexer,
    long Size,
    int? Seeders,
    int? Leechers,
    DateTimeOffset? PublishDate,
    string? InfoHash,
    string Protocol,
    ReleaseOrigin Origin)
{
    private ParsedRelease? _parsed;

    /// <summary>
    /// What the name says, parsed once when the search result is built and cached with it. Entries cached
    /// before this field existed are parsed on first use.
    /// </summary>
    public ParsedRelease Parsed
    {
        get => _parsed ??= ReleaseNameParser.Parse(Title);
        init => _parsed = value;
    }
}

/// <summary>
/// Where the torrent comes from. Prowlarr's download and magnet URLs carry its API key, which is
/// why this stays on the server and why only these URLs (never a client's) are fetched.
/// </summary>
public sealed record ReleaseOrigin(int IndexerId, string? Guid, string? DownloadUrl, string? MagnetUrl);
