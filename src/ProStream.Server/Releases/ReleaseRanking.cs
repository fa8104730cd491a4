using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Releases;

/// <summary>
/// Orders search results for a viewer (pure): junk, mismatches and releases above the viewer's maximum resolution
/// are rejected, the rest ranked by the viewer's preferences. Rejected releases, when kept, come after every
/// acceptable one, in ranked order among themselves, with no rank and a why that gives the reasons.
/// </summary>
public static class ReleaseRanking
{
    /// <param name="releases">search results, each parsed once already (<see cref="Release.Parsed"/>).</param>
    /// <param name="expected">the title, year, season and episode asked for; null for a free-text search (junk only).</param>
    /// <param name="preferences">the viewer's ranking preferences.</param>
    /// <param name="includeRejected">keep rejected releases (after the others) instead of dropping them.</param>
    /// <param name="instant">what is known of instant availability, by info-hash; absent = unknown.</param>
    public static IReadOnlyList<RankedRelease> Order(
        IEnumerable<Release> releases,
        ReleaseExpectations? expected,
        RankingPreferences preferences,
        bool includeRejected,
        IReadOnlyDictionary<string, bool>? instant = null)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var judged = releases.Select(r => (Release: r, Rejections: Rejections(r, expected, preferences))).ToList();
        var ranker = new ReleaseRanker(preferences);
        var byId = judged.ToDictionary(j => j.Release.Id);

        var accepted = ranker.Rank(judged.Where(j => j.Rejections.Count == 0).Select(j => Candidate(j.Release, instant)))
            .Select(r => new RankedRelease(byId[r.Candidate.Id].Release, r.Rank, r.Why, [], preferences.PlaybackOf(r.Candidate.Parsed).Path) { Cached = r.Candidate.Instant });
        if (!includeRejected)
            return [.. accepted];

        var rejected = ranker.Rank(judged.Where(j => j.Rejections.Count > 0).Select(j => Candidate(j.Release, instant)))
            .Select(r => byId[r.Candidate.Id])
            .Select(j => new RankedRelease(j.Release, null, NotOffered(j.Rejections), j.Rejections, preferences.PlaybackOf(j.Release.Parsed).Path) { Cached = Instant(j.Release, instant) });
        return [.. accepted, .. rejected];
    }

    private static List<Rejection> Rejections(Release release, ReleaseExpectations? expected, RankingPreferences preferences) =>
        [.. ReleaseRejections.Evaluate(release.Parsed, expected), .. ResolutionLimit.Check(release.Parsed, preferences) is { } tooHigh ? [tooHigh] : Array.Empty<Rejection>()];

    private static string NotOffered(IReadOnlyList<Rejection> rejections) =>
        $"Not offered: {string.Join("; ", rejections.Select(r => r.Reason))}";

    private static ReleaseCandidate Candidate(Release release, IReadOnlyDictionary<string, bool>? instant) =>
        new(release.Id, release.Title, release.Size, release.Seeders, release.Parsed) { Instant = Instant(release, instant) };

    private static bool? Instant(Release release, IReadOnlyDictionary<string, bool>? instant) =>
        release.InfoHash is { } hash && instant is not null && instant.TryGetValue(hash, out var ready) ? ready : null;
}
