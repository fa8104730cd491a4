using ProStream.Server.Identity;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases;
using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Tests.Releases;

public sealed class ReleaseRankingTests
{
    private static readonly ReleaseExpectations Dune = new("Dune", "Dune", 2021);

    private static Release Named(string title, int seeders = 10, long sizeMiB = 8000) =>
        new(title, title, "Indexer", sizeMiB * 1024 * 1024, seeders, 0, null, null, "torrent", new ReleaseOrigin(1, null, null, null))
        {
            Parsed = ReleaseNameParser.Parse(title),
        };

    private static readonly Release[] Results =
    [
        Named("Dune.2021.1080p.BluRay.x264-EN", seeders: 900),
        Named("Dune.2021.CAM.x264-JUNK", seeders: 5000),
        Named("Dune.2021.MULTi.1080p.WEB-DL.x264-FR", seeders: 10),
        Named("Dune.1984.1080p.BluRay.x264-OLD", seeders: 50),
        Named("Arrival.2016.1080p.BluRay.x264-ARR", seeders: 70),
        Named("Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD", seeders: 300, sizeMiB: 20000),
    ];

    [Fact]
    public void Rejected_releases_are_dropped_and_the_rest_ranked_from_one()
    {
        var ranked = ReleaseRanking.Order(Results, Dune, Preferences("fr", 1080), includeRejected: false);

        Assert.Equal(["Dune.2021.MULTi.1080p.WEB-DL.x264-FR", "Dune.2021.1080p.BluRay.x264-EN", "Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD"],
            ranked.Select(r => r.Release.Title));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
        Assert.All(ranked, r => Assert.Empty(r.Rejections));
        Assert.StartsWith("MULTi (French)", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_releases_come_last_without_rank_and_say_why()
    {
        var ranked = ReleaseRanking.Order(Results, Dune, Preferences("fr", 1080), includeRejected: true);

        Assert.Equal(6, ranked.Count);
        Assert.Equal([1, 2, 3, null, null, null], ranked.Select(r => r.Rank));
        var rejected = ranked.Skip(3).ToDictionary(r => r.Release.Title, r => r.Rejections.Select(x => x.Code).ToList());
        Assert.Equal([RejectionCodes.LowQuality], rejected["Dune.2021.CAM.x264-JUNK"]);
        Assert.Equal([RejectionCodes.WrongYear], rejected["Dune.1984.1080p.BluRay.x264-OLD"]);
        Assert.Contains(RejectionCodes.WrongTitle, rejected["Arrival.2016.1080p.BluRay.x264-ARR"]);
        Assert.All(ranked.Skip(3), r => Assert.All(r.Rejections, x => Assert.False(string.IsNullOrWhiteSpace(x.Reason))));
    }

    [Fact]
    public void Without_expectations_only_junk_is_rejected()
    {
        var ranked = ReleaseRanking.Order(Results, null, RankingPreferences.None, includeRejected: false);

        Assert.Equal(5, ranked.Count);
        Assert.DoesNotContain(ranked, r => r.Release.Title.Contains("CAM", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_language_preference_the_highest_resolution_wins()
    {
        var ranked = ReleaseRanking.Order(Results, Dune, Preferences("", null), includeRejected: false);

        Assert.Equal("Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD", ranked[0].Release.Title);
        Assert.Equal("Dune.2021.1080p.BluRay.x264-EN", ranked[1].Release.Title);
    }

    [Fact]
    public void Viewer_preferences_become_ranking_preferences()
    {
        var saved = new UserPreferences { AudioLanguages = ["fr", "en", "fr"], MaxResolution = 1080 };

        var preferences = ViewerRankingPreferences.From(saved, ClientProfileRequest.Parse(["h264,hevc"]), "FR-fr");

        Assert.Equal(["fr", "en"], preferences.AudioLanguages);
        Assert.Equal(1080, preferences.MaxResolution);
        Assert.Equal("fr", preferences.OriginalLanguage);
        Assert.Equal(["aac", "h264", "hevc"], preferences.Client!.Codecs);
        Assert.Null(ViewerRankingPreferences.From(null, ClientProfile.Default, null).OriginalLanguage);
    }

    private static RankingPreferences Preferences(string languages, int? max) =>
        ViewerRankingPreferences.From(
            new UserPreferences { AudioLanguages = [.. languages.Split(',', StringSplitOptions.RemoveEmptyEntries)], MaxResolution = max },
            ClientProfile.Default,
            "en");
}
