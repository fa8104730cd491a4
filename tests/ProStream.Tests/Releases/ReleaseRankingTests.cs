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

        Assert.Equal(["Dune.2021.MULTi.1080p.WEB-DL.x264-FR", "Dune.2021.1080p.BluRay.x264-EN"], ranked.Select(r => r.Release.Title));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
        Assert.All(ranked, r => Assert.Empty(r.Rejections));
        Assert.StartsWith("MULTi (French)", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_releases_come_last_without_rank_and_say_why()
    {
        var ranked = ReleaseRanking.Order(Results, Dune, Preferences("fr", 1080), includeRejected: true);

        Assert.Equal(6, ranked.Count);
        Assert.Equal([1, 2, null, null, null, null], ranked.Select(r => r.Rank));
        var rejected = ranked.Skip(2).ToDictionary(r => r.Release.Title, r => r.Rejections.Select(x => x.Code).ToList());
        Assert.Equal([RejectionCodes.LowQuality], rejected["Dune.2021.CAM.x264-JUNK"]);
        Assert.Equal([RejectionCodes.WrongYear], rejected["Dune.1984.1080p.BluRay.x264-OLD"]);
        Assert.Contains(RejectionCodes.WrongTitle, rejected["Arrival.2016.1080p.BluRay.x264-ARR"]);
        Assert.Equal([ResolutionLimit.RejectionCode], rejected["Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD"]);
        Assert.All(ranked.Skip(2), r => Assert.All(r.Rejections, x => Assert.False(string.IsNullOrWhiteSpace(x.Reason))));
        Assert.All(ranked.Skip(2), r => Assert.StartsWith("Not offered: ", r.Why, StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_above_the_maximum_resolution_is_rejected_with_the_reason_never_ranked()
    {
        var ranked = ReleaseRanking.Order(Results, Dune, Preferences("", 1080), includeRejected: true);

        var uhd = ranked.Single(r => r.Release.Title == "Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD");
        Assert.Null(uhd.Rank);
        var rejection = Assert.Single(uhd.Rejections);
        Assert.Equal((ResolutionLimit.RejectionCode, "2160p is above your maximum resolution (1080p)"), (rejection.Code, rejection.Reason));
        Assert.Equal("Not offered: 2160p is above your maximum resolution (1080p)", uhd.Why);
        Assert.DoesNotContain(ReleaseRanking.Order(Results, Dune, Preferences("", 1080), includeRejected: false), r => r.Release == uhd.Release);
    }

    [Fact]
    public void Without_a_maximum_no_resolution_is_rejected() =>
        Assert.Contains(ReleaseRanking.Order(Results, Dune, Preferences("", null), includeRejected: false), r => r.Release.Title.Contains("2160p", StringComparison.Ordinal));

    [Fact]
    public void Instant_availability_marks_releases_and_moves_an_instant_one_ahead_at_equal_quality()
    {
        Release[] releases =
        [
            Named("Dune.2021.1080p.BluRay.x264-MANY", seeders: 900) with { InfoHash = "1111111111111111111111111111111111111111" },
            Named("Dune.2021.1080p.BluRay.x264-FEW", seeders: 12) with { InfoHash = "2222222222222222222222222222222222222222" },
            Named("Dune.2021.720p.BluRay.x264-LOW", seeders: 50) with { InfoHash = "3333333333333333333333333333333333333333" },
            Named("Dune.2021.1080p.WEB-DL.x264-NOHASH", seeders: 50),
        ];
        var instant = new Dictionary<string, bool>
        {
            ["2222222222222222222222222222222222222222"] = true,
            ["1111111111111111111111111111111111111111"] = false,
            ["3333333333333333333333333333333333333333"] = true,
        };

        var ranked = ReleaseRanking.Order(releases, Dune, Preferences("", 1080), includeRejected: false, instant);

        Assert.Equal(["Dune.2021.1080p.BluRay.x264-FEW", "Dune.2021.1080p.BluRay.x264-MANY", "Dune.2021.1080p.WEB-DL.x264-NOHASH", "Dune.2021.720p.BluRay.x264-LOW"],
            ranked.Select(r => r.Release.Title));
        Assert.Equal([true, false, null, true], ranked.Select(r => r.Cached));
        Assert.Equal("Instant on AllDebrid, same quality as #2", ranked[0].Why);
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
