using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Tests.Releases.Ranking;

internal static class Candidates
{
    public const long MiB = 1024 * 1024;

    /// <summary>A candidate whose id is its release name, parsed for real.</summary>
    public static ReleaseCandidate Named(string name, long sizeMiB = 4000, int? seeders = 10) =>
        ReleaseCandidate.FromTitle(name, name, sizeMiB * MiB, seeders);

    public static RankingPreferences Preferences(string languages = "", int? max = null, string codecs = "", string? original = null) => new()
    {
        AudioLanguages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
        MaxResolution = max,
        Client = codecs.Length == 0 ? null : ClientProfileRequest.Parse([codecs]),
        OriginalLanguage = original,
    };

    /// <summary>Ids in the order the comparer sorts them (a stable sort: ties keep their input order).</summary>
    public static string[] Sorted(IComparer<ReleaseCandidate> comparer, params ReleaseCandidate[] candidates) =>
        [.. candidates.OrderBy(c => c, comparer).Select(c => c.Id)];

    public static void AssertBetter(IComparer<ReleaseCandidate> comparer, ReleaseCandidate better, ReleaseCandidate worse)
    {
        Assert.True(comparer.Compare(better, worse) < 0, $"{better.Id} should rank before {worse.Id}");
        Assert.True(comparer.Compare(worse, better) > 0, $"{worse.Id} should rank after {better.Id}");
    }

    public static void AssertTie(IComparer<ReleaseCandidate> comparer, ReleaseCandidate a, ReleaseCandidate b)
    {
        Assert.Equal(0, comparer.Compare(a, b));
        Assert.Equal(0, comparer.Compare(b, a));
    }
}
