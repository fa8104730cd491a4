namespace ProStream.Server.Releases.Ranking;

/// <summary>
/// The "why" shown next to a ranked release, in a viewer's words: the comparison that put it below the release
/// ranked just above it ("1080p BluRay like #1 but fewer seeders (40 vs 812)"), or, for the first, what beat the
/// second ("Instant on AllDebrid, same quality as #2").
/// </summary>
internal static class RankingExplanation
{
    public static string Why(IReadOnlyList<ReleaseCandidate> sorted, int index, ReleaseRanker ranker, RankingPreferences preferences)
    {
        var words = new RankingWords(preferences);
        if (sorted.Count == 1)
            return "The only release that fits";
        return index == 0 ? First(sorted[0], sorted[1], ranker, words) : Below(sorted[index], sorted[index - 1], $"#{index}", ranker, words);
    }

    private static string First(ReleaseCandidate first, ReleaseCandidate second, ReleaseRanker ranker, RankingWords words)
    {
        if (ranker.Decider(first, second) is not { } decider)
            return "Ties with #2 on every point";
        var better = Capitalize(words.Better(decider, first, second, "#2"));
        var sameTier = ranker.Chain.TakeWhile(c => c != decider).Any(c => c is SourceComparer);
        return sameTier && !better.Contains("#2", StringComparison.Ordinal) ? $"{better}, same quality as #2" : better;
    }

    private static string Below(ReleaseCandidate candidate, ReleaseCandidate above, string reference, ReleaseRanker ranker, RankingWords words)
    {
        if (ranker.Decider(above, candidate) is not { } decider)
            return $"Ties with {reference} on every point";
        var worse = words.Worse(decider, candidate, above, reference);
        var shared = words.Shared(candidate, ranker.Chain.TakeWhile(c => c != decider));
        return shared.Length > 0 ? $"{Capitalize(shared)} like {reference} but {worse}" : $"Below {reference}: {worse}";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
