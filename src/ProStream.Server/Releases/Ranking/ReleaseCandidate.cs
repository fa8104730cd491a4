using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>A release to rank, whatever indexer it came from.</summary>
/// <param name="Id">The caller's identifier (e.g. a Prowlarr guid), carried through untouched.</param>
/// <param name="Title">The release name as published.</param>
/// <param name="Size">Total size in bytes; 0 or less when unknown.</param>
/// <param name="Seeders">Seeders, when the indexer says.</param>
/// <param name="Parsed">The parsed <paramref name="Title"/>.</param>
public sealed record ReleaseCandidate(string Id, string Title, long Size, int? Seeders, ParsedRelease Parsed)
{
    /// <summary>Whether AllDebrid can stream it now: true instant, false not, null unknown (not checked, or the check failed).</summary>
    public bool? Instant { get; init; }

    public static ReleaseCandidate FromTitle(string id, string title, long size, int? seeders) =>
        new(id, title, size, seeders, ReleaseNameParser.Parse(title));
}
