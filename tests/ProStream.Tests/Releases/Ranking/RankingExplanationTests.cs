using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

/// <summary>Each release's why names the comparison that decided against its neighbour, in a viewer's words.</summary>
public sealed class RankingExplanationTests
{
    public sealed record Case(string Name, RankingPreferences Preferences, ReleaseCandidate Better, ReleaseCandidate Worse, string FirstWhy, string SecondWhy)
    {
        public override string ToString() => Name;
    }

    private static readonly RankingPreferences Chromium = Preferences(codecs: "h264");
    private static readonly RankingPreferences French = Preferences("fr,en", max: 1080, codecs: "h264");

    public static TheoryData<Case> Cases() =>
    [
        new Case("instant at equal quality", Chromium,
            Named("Movie.2020.1080p.BluRay.x264-A", seeders: 10) with { Instant = true },
            Named("Movie.2020.1080p.BluRay.x264-B", seeders: 900) with { Instant = false },
            "Instant on AllDebrid, same quality as #2",
            "1080p BluRay like #1 but not instant on AllDebrid"),
        new Case("unknown is not instant", Chromium,
            Named("Movie.2020.1080p.BluRay.x264-A") with { Instant = true },
            Named("Movie.2020.1080p.BluRay.x264-B"),
            "Instant on AllDebrid, same quality as #2",
            "1080p BluRay like #1 but not known to be instant on AllDebrid"),
        new Case("seeders", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A", seeders: 812),
            Named("Movie.2020.1080p.WEB-DL.x264-B", seeders: 40),
            "More seeders (812 vs 40), same quality as #2",
            "1080p WEB-DL like #1 but fewer seeders (40 vs 812)"),
        new Case("no seeders", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A", seeders: 5),
            Named("Movie.2020.1080p.WEB-DL.x264-B", seeders: 0),
            "5 seeders; #2 has none",
            "1080p WEB-DL like #1 but no seeders"),
        new Case("resolution", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A"),
            Named("Movie.2020.720p.WEB-DL.x264-B"),
            "1080p; #2 is 720p",
            "Below #1: 720p instead of 1080p"),
        new Case("language", French,
            Named("Movie.2020.FRENCH.720p.WEB-DL.x264-A"),
            Named("Movie.2020.1080p.WEB-DL.x264-B"),
            "French audio; #2 has English audio",
            "Below #1: English audio, not French"),
        new Case("none of the viewer's languages", French,
            Named("Movie.2020.FRENCH.1080p.WEB-DL.x264-A"),
            Named("Movie.2020.GERMAN.1080p.WEB-DL.x264-B"),
            "French audio; #2 has no French audio",
            "Below #1: no French audio"),
        new Case("source", French,
            Named("Movie.2020.FRENCH.1080p.BluRay.x264-A"),
            Named("Movie.2020.FRENCH.1080p.WEBRip.x264-B"),
            "BluRay; #2 is WEBRip",
            "French audio, 1080p like #1 but WEBRip instead of BluRay"),
        new Case("codec", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A"),
            Named("Movie.2020.1080p.WEB-DL.x265-B"),
            "H.264 plays directly; #2 needs transcoding for this player (H.265)",
            "1080p WEB-DL like #1 but needs transcoding for this player (H.265)"),
        new Case("size", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A", sizeMiB: 4000, seeders: 10),
            Named("Movie.2020.1080p.WEB-DL.x264-B", sizeMiB: 300, seeders: 5000),
            "Believable size; #2 is suspiciously small for its resolution",
            "1080p WEB-DL like #1 but suspiciously small for 1080p (300 MB)"),
        new Case("tie", Chromium,
            Named("Movie.2020.1080p.WEB-DL.x264-A"),
            Named("Movie.2020.1080p.WEB-DL.x264-A"),
            "Ties with #2 on every point",
            "Ties with #1 on every point"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_deciding_comparison(Case test)
    {
        var ranked = new ReleaseRanker(test.Preferences).Rank([test.Worse, test.Better]);

        Assert.Equal(test.Better.Id, ranked[0].Candidate.Id);
        Assert.Equal([test.FirstWhy, test.SecondWhy], ranked.Select(r => r.Why));
    }

    [Fact]
    public void Each_release_is_compared_with_the_one_just_above_it()
    {
        var ranked = new ReleaseRanker(Chromium).Rank(
        [
            Named("Movie.2020.720p.WEB-DL.x264-C"),
            Named("Movie.2020.1080p.WEB-DL.x264-B", seeders: 40),
            Named("Movie.2020.1080p.WEB-DL.x264-A", seeders: 812),
        ]);

        Assert.Equal(
            ["More seeders (812 vs 40), same quality as #2", "1080p WEB-DL like #1 but fewer seeders (40 vs 812)", "Below #2: 720p instead of 1080p"],
            ranked.Select(r => r.Why));
    }

    [Fact]
    public void A_single_release_says_so() =>
        Assert.Equal("The only release that fits", Assert.Single(new ReleaseRanker(Chromium).Rank([Named("Movie.2020.1080p.WEB-DL")])).Why);
}
