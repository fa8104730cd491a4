using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases;

/// <summary>A release as clients see it: what Prowlarr says, what its name says, and where it ranks for
/// this viewer (<see cref="Rank"/> null when rejected; <see cref="Rejections"/> then says why), how it would
/// reach the viewer's player (<see cref="Playback"/>: direct, remux or transcode, judged from the name), and
/// <see cref="Cached"/>: AllDebrid can stream it now (instant); null when unknown (not among the best checked,
/// or the check failed).</summary>
public sealed record ReleaseDto(
    string Id,
    string Title,
    string Indexer,
    long Size,
    int? Seeders,
    int? Leechers,
    DateTimeOffset? PublishDate,
    string? InfoHash,
    string Protocol,
    ReleaseQuality Quality,
    IReadOnlyList<string> Languages,
    bool Multi,
    IReadOnlyList<string> Subtitles,
    int? Season,
    IReadOnlyList<int> Episodes,
    IReadOnlyList<int> AbsoluteEpisodes,
    DateOnly? AirDate,
    string? Edition,
    bool Proper,
    bool Repack,
    int? Year,
    string? Group,
    IReadOnlyList<Rejection> Rejections,
    int? Rank,
    string Why,
    bool? Cached,
    PlaybackPath Playback)
{
    public static ReleaseDto From(RankedRelease ranked)
    {
        var (r, p) = (ranked.Release, ranked.Release.Parsed);
        return new(
            r.Id, r.Title, r.Indexer, r.Size, r.Seeders, r.Leechers, r.PublishDate, r.InfoHash, r.Protocol,
            p.Quality, p.Languages, p.Multi, p.Subtitles, p.Season, p.Episodes, p.AbsoluteEpisodes, p.AirDate, p.Edition,
            p.Proper, p.Repack, p.Year, p.Group,
            ranked.Rejections, ranked.Rank, ranked.Why, ranked.Cached, ranked.Playback);
    }
}

public sealed record ReleaseListDto(IReadOnlyList<ReleaseDto> Results);

public sealed record IndexerDto(int Id, string Name, string Protocol, string? Privacy, bool Enabled, bool SupportsSearch, int Priority);
