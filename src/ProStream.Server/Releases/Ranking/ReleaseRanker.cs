namespace ProStream.Server.Releases.Ranking;

/// <summary>
/// Ranks releases by an ordered chain of comparers; each comparer only breaks the ties left by the ones
/// before it. Order: audio language, resolution, source, instant, HDR, codec playability, size sanity, seeders.
/// </summary>
/// <remarks>
/// Size sanity sits before seeders (not after): seeder counts almost never tie, so a last-place size check
/// would never decide anything, and a fake 1080p of 300 MB often has many seeders.
/// Instant comes right after source: between releases of the same quality tier (language, resolution, source),
/// the one that starts without waiting for AllDebrid to download it is worth more than HDR, a directly playable
/// codec or seeders (a transcode still plays; a torrent that is not cached may take minutes, or never come).
/// </remarks>
public sealed class ReleaseRanker : IComparer<ReleaseCandidate>
{
    private readonly RankingPreferences _preferences;

    public ReleaseRanker(RankingPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        _preferences = preferences;
        Chain =
        [
            new AudioLanguageComparer(preferences),
            new ResolutionComparer(preferences),
            new SourceComparer(),
            new InstantComparer(),
            new HdrComparer(preferences),
            new CodecPlayabilityComparer(preferences),
            new SizeSanityComparer(),
            new SeedersComparer(),
        ];
    }

    public IReadOnlyList<IComparer<ReleaseCandidate>> Chain { get; }

    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        foreach (var comparer in Chain)
        {
            var result = comparer.Compare(x, y);
            if (result != 0)
                return result;
        }
        return 0;
    }

    /// <summary>The first comparer of the chain that tells the two apart; null when they tie on every point.</summary>
    public IComparer<ReleaseCandidate>? Decider(ReleaseCandidate x, ReleaseCandidate y) =>
        Chain.FirstOrDefault(comparer => comparer.Compare(x, y) != 0);

    /// <summary>Best first, each with why it sits there. The sort is stable: candidates that tie keep their input order.</summary>
    public IReadOnlyList<RankedCandidate> Rank(IEnumerable<ReleaseCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var sorted = candidates.OrderBy(c => c, this).ToList();
        return [.. sorted.Select((c, index) => new RankedCandidate(c, index + 1, RankingExplanation.Why(sorted, index, this, _preferences)))];
    }
}
