using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Releases;

/// <summary>
/// Orders a search's releases for a viewer with what is known of instant availability: ranks once, asks whether the
/// best accepted releases (those with an info-hash) are instant, and ranks again with the answers, so that an instant
/// release moves ahead of others of the same quality tier. A failed or slow check leaves <c>cached</c> unknown.
/// </summary>
public sealed class ReleaseOrderer(IInstantAvailability instant)
{
    public async Task<IReadOnlyList<RankedRelease>> OrderAsync(
        IReadOnlyList<Release> releases,
        ReleaseExpectations? expected,
        RankingPreferences preferences,
        bool includeRejected,
        InstantWait wait,
        CancellationToken ct)
    {
        var firstPass = ReleaseRanking.Order(releases, expected, preferences, includeRejected: false);
        var hashes = firstPass.Select(r => r.Release.InfoHash).OfType<string>().ToList();
        var known = hashes.Count == 0 ? null : await instant.CheckAsync(hashes, wait, ct);
        return ReleaseRanking.Order(releases, expected, preferences, includeRejected, known);
    }
}
