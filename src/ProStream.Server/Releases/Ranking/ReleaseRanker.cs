namespace ProStream.Server.Releases.Ranking;

/// <summary>
/// Ranks releases by an ordered chain of comparers; each comparer only breaks the ties left by the ones
/// before it. Order: audio language, resolution, source, HDR, codec playability, size sanity, seeders.
/// </summary>
/// <remarks>
/// Size sanity sits before seeders (not after): seeder counts almost never tie, so a last-place size check
/// would never decide anything, and a fake 1080p of 300 MB often has many seeders.
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

    /// <summary>Best first. The sort is stable: candidates that tie keep their input order.</summary>
    public IReadOnlyList<RankedCandidate> Rank(IEnumerable<ReleaseCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .OrderBy(c => c, this)
            .Select((c, index) => new RankedCandidate(c, index + 1, RankingExplanation.Why(c, _preferences)))
            .ToList();
    }
}
