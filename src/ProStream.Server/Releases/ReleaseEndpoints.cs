using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Releases;

internal static class ReleaseEndpoints
{
    private const int MaxQueryLength = 200;

    public static void MapReleaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/releases").WithTags("Releases").RequireAuthorization();
        group.MapGet("/", Search)
            .WithSummary("Torrent releases by free text (query) or by title (tmdbId + type, with season/episode for TV), parsed and ranked "
                + "for the caller; rejected ones only with includeRejected=true. clientCodecs (h264, hevc, av1, aac, ac3, eac3, opus, flac), multichannel and nativeHls: what the player plays (default h264 + aac, stereo); each release says its playback (direct, remux, transcode) for that player. "
                + "cached: whether AllDebrid can stream the release now, for the best few (null when unknown).");
        group.MapGet("/indexers", ListIndexers).RequireAuthorization(Roles.AdminPolicy)
            .WithSummary("Prowlarr's indexers (admin).");
    }

    private static async Task<Ok<ReleaseListDto>> Search(
        ReleaseSearch search,
        ViewerRankingPreferences viewer,
        ReleaseOrderer orderer,
        ClaimsPrincipal user,
        CancellationToken ct,
        string? query = null,
        int? tmdbId = null,
        string? type = null,
        int? season = null,
        int? episode = null,
        bool includeRejected = false,
        string[]? clientCodecs = null,
        bool? multichannel = null,
        bool? nativeHls = null)
    {
        List<Release> releases;
        ReleaseExpectations? expected = null;
        string? originalLanguage = null;
        if (!string.IsNullOrWhiteSpace(query))
        {
            if (tmdbId is not null || type is not null || season is not null || episode is not null)
            {
                throw ProblemException.BadRequest("Search either by 'query' or by 'tmdbId' and 'type', not both.");
            }

            releases = query.Length <= MaxQueryLength
                ? await search.SearchTextAsync(query, ct)
                : throw ProblemException.BadRequest($"'query' is at most {MaxQueryLength} characters.");
        }
        else
        {
            var (mediaType, id) = ValidateTitle(tmdbId, type, season, episode);
            var found = await search.SearchTitleAsync(mediaType, id, season, episode, ct);
            (releases, expected, originalLanguage) = (found.Releases, found.Expectations(season, episode), found.Title.OriginalLanguage);
        }

        var preferences = await viewer.ForAsync(user.Id(), ClientProfileRequest.Parse(clientCodecs, multichannel, nativeHls), originalLanguage, ct);
        var ranked = await orderer.OrderAsync(releases, expected, preferences, includeRejected, InstantWait.UntilDeadline, ct);
        return TypedResults.Ok(new ReleaseListDto([.. ranked.Select(ReleaseDto.From)]));
    }

    private static (MediaType Type, int TmdbId) ValidateTitle(int? tmdbId, string? type, int? season, int? episode)
    {
        if (tmdbId is not > 0)
        {
            throw ProblemException.BadRequest("Give 'query', or a positive 'tmdbId' with 'type' (movie or tv).");
        }

        var mediaType = type?.ToLowerInvariant() switch
        {
            "movie" => MediaType.Movie,
            "tv" => MediaType.Tv,
            _ => throw ProblemException.BadRequest("'type' is 'movie' or 'tv'."),
        };
        if (mediaType == MediaType.Movie && (season is not null || episode is not null))
        {
            throw ProblemException.BadRequest("'season' and 'episode' apply to TV only.");
        }

        if (season is < 0 or > 1000 || episode is < 0 or > 100_000 || (episode is not null && season is null))
        {
            throw ProblemException.BadRequest("'season' is 0-1000 and 'episode' (which needs a season) is 0-100000.");
        }

        return (mediaType, tmdbId.Value);
    }

    private static async Task<Ok<List<IndexerDto>>> ListIndexers(ProwlarrClient prowlarr, CancellationToken ct)
    {
        var indexers = await prowlarr.GetIndexersAsync(ct);
        return TypedResults.Ok(indexers.ConvertAll(i => new IndexerDto(
            i.Id, i.Name ?? $"Indexer {i.Id}", i.Protocol ?? "unknown", i.Privacy, i.Enable, i.SupportsSearch, i.Priority)));
    }
}
