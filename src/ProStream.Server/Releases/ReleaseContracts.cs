namespace ProStream.Server.Releases;

public sealed record ReleaseDto(
    string Id,
    string Title,
    string Indexer,
    long Size,
    int? Seeders,
    int? Leechers,
    DateTimeOffset? PublishDate,
    string? InfoHash,
    string Protocol)
{
    public static ReleaseDto From(Release r) =>
        new(r.Id, r.Title, r.Indexer, r.Size, r.Seeders, r.Leechers, r.PublishDate, r.InfoHash, r.Protocol);
}

public sealed record ReleaseListDto(IReadOnlyList<ReleaseDto> Results);

public sealed record IndexerDto(int Id, string Name, string Protocol, string? Privacy, bool Enabled, bool SupportsSearch, int Priority);
