using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Releases;

/// <summary>
/// Orders search results for a viewer (pure): junk and mismatches are rejected against what was asked
/// for, the rest ranked by the viewer's preferences. Rejected releases, when kept, come after every
/// acceptable one, in ranked order among themselves, with no rank.
/// </summary>
public static class ReleaseRanking
{
    /// <param name="releases">search results, each parsed once already (<see cref="Release.Parsed"/>).</param>
    /// <param name="expected">the title, year, season and episode asked for; null for a free-text search (junk only).</param>
    /// <param name="preferences">the viewer's ranking preferences.</param>
    /// <param name="includeRejected">keep rejected releases (after the others) instead of dropping them.</param>
    public static IReadOnlyList<RankedRelease> Order(
        IEnumerable<Release> releases, ReleaseExpectations? expected, RankingPreferences preferences, bool includeRejected)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var judged = releases.Select(r => (Release: r, Rejections: ReleaseRejections.Evaluate(r.Parsed, expected))).ToList();
        var ranker = new ReleaseRanker(preferences);
        var byId = judged.ToDictionary(j => j.Release.Id);

        var accepted = ranker.Rank(judged.Where(j => j.Rejections.Count == 0).Select(j => Candidate(j.Release)))
            .Select(r => new RankedRelease(byId[r.Candidate.Id].Release, r.Rank, r.Why, [], preferences.PlaybackOf(r.Candidate.Parsed).Path));
        if (!includeRejected)
            return [.. accepted];

        var rejected = ranker.Rank(judged.Where(j => j.Rejections.Count > 0).Select(j => Candidate(j.Release)))
            .Select(r => new RankedRelease(
                byId[r.Candidate.Id].Release, null, r.Why, byId[r.Candidate.Id].Rejections, preferences.PlaybackOf(r.Candidate.Parsed).Path));
        return [.. accepted, .. rejected];
    }

    private static ReleaseCandidate Candidate(Release release) =>
        new(release.Id, release.Title, release.Size, release.Seeders, release.Parsed);
}
