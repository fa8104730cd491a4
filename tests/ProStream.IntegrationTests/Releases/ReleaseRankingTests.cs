using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Releases.ReleaseWorld;

namespace ProStream.IntegrationTests.Releases;

public sealed class ReleaseRankingTests
{
    private static readonly FakeRelease[] DuneReleases =
    [
        new("Dune.2021.1080p.BluRay.x264-EN", "1111111111111111111111111111111111111111", Seeders: 900),
        new("Dune.2021.CAM.x264-JUNK", "2222222222222222222222222222222222222222", Seeders: 5000),
        new("Dune.2021.MULTi.1080p.WEB-DL.DDP5.1.x264-FRGRP", "3333333333333333333333333333333333333333", Seeders: 10),
        new("Dune.1984.1080p.BluRay.x264-OLD", "4444444444444444444444444444444444444444"),
        new("Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD", "5555555555555555555555555555555555555555", Size: 21_474_836_480, Seeders: 300),
    ];

    [Fact]
    public async Task A_title_search_is_parsed_ranked_for_the_viewer_and_hides_junk()
    {
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => DuneReleases };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        using var patch = await client.PatchAsJsonAsync("/api/me", new { preferences = new { audioLanguages = new[] { "fr" }, maxResolution = 1080 } });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var list = await client.GetAsync("/api/releases?tmdbId=438631&type=movie").ReadJsonAsync<RankedList>(HttpStatusCode.OK);

        // 2160p is above the viewer's maximum: a limit, so it is not ranked at all.
        Assert.Equal(["Dune.2021.MULTi.1080p.WEB-DL.DDP5.1.x264-FRGRP", "Dune.2021.1080p.BluRay.x264-EN"], list.Results.Select(r => r.Title));
        Assert.Equal([1, 2], list.Results.Select(r => r.Rank));
        var french = list.Results[0];
        Assert.Equal((1080, "WEB-DL", "H.264", true, 2021, "FRGRP"), (french.Quality.Resolution, french.Quality.Source, french.Quality.VideoCodec, french.Multi, french.Year, french.Group));
        Assert.Equal("MULTi (French); #2 has no French audio", french.Why);
        Assert.Equal("Below #1: no French audio", list.Results[1].Why);
        Assert.Empty(french.Rejections);
        Assert.All(list.Results, r => Assert.Null(r.Cached));
    }

    [Fact]
    public async Task A_release_above_the_viewers_maximum_resolution_is_rejected_with_the_reason()
    {
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => DuneReleases };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");
        using var patch = await client.PatchAsJsonAsync("/api/me", new { preferences = new { maxResolution = 1080 } });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var list = await client.GetAsync("/api/releases?tmdbId=438631&type=movie&includeRejected=true").ReadJsonAsync<RankedList>(HttpStatusCode.OK);

        var uhd = list.Results.Single(r => r.Title == "Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD");
        Assert.Null(uhd.Rank);
        Assert.Equal([HdrFormatDv], uhd.Quality.Hdr.Where(h => h == HdrFormatDv));
        var rejection = Assert.Single(uhd.Rejections);
        Assert.Equal(("above-max-resolution", "2160p is above your maximum resolution (1080p)"), (rejection.Code, rejection.Reason));
        Assert.Equal("Not offered: 2160p is above your maximum resolution (1080p)", uhd.Why);
        Assert.Equal([1, 2], list.Results.Where(r => r.Rank is not null).Select(r => r.Rank));
    }

    [Fact]
    public async Task Rejected_releases_are_shown_last_with_reasons_when_asked()
    {
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => DuneReleases };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var list = await client.GetAsync("/api/releases?tmdbId=438631&type=movie&includeRejected=true").ReadJsonAsync<RankedList>(HttpStatusCode.OK);

        Assert.Equal(5, list.Results.Length);
        Assert.Equal([1, 2, 3, null, null], list.Results.Select(r => r.Rank));
        var rejected = list.Results[3..].ToDictionary(r => r.Title, r => r.Rejections.Single().Code);
        Assert.Equal("low-quality", rejected["Dune.2021.CAM.x264-JUNK"]);
        Assert.Equal("wrong-year", rejected["Dune.1984.1080p.BluRay.x264-OLD"]);
        Assert.Equal(1, prowlarr.CallsTo("/api/v1/search"));
    }

    [Fact]
    public async Task A_client_that_decodes_hevc_gets_hdr_first()
    {
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => DuneReleases };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var chromium = await client.GetAsync("/api/releases?tmdbId=438631&type=movie").ReadJsonAsync<RankedList>(HttpStatusCode.OK);
        var safari = await client.GetAsync("/api/releases?tmdbId=438631&type=movie&clientCodecs=h264,hevc").ReadJsonAsync<RankedList>(HttpStatusCode.OK);

        // No language or resolution preference: 2160p first either way; the codec and HDR only break ties.
        Assert.Equal("Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD", chromium.Results[0].Title);
        Assert.Equal("Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD", safari.Results[0].Title);
        Assert.Equal("2160p; #2 is 1080p", chromium.Results[0].Why);
    }

    [Fact]
    public async Task An_episode_search_rejects_other_episodes_but_keeps_season_packs()
    {
        await using var prowlarr = new FakeProwlarrServer
        {
            ReleasesFor = _ =>
            [
                new("Game.of.Thrones.S01E02.1080p.BluRay.x264-A", "6666666666666666666666666666666666666666"),
                new("Game.of.Thrones.S01E03.1080p.BluRay.x264-B", "7777777777777777777777777777777777777777"),
                new("Game.of.Thrones.S01.1080p.BluRay.x264-PACK", "8888888888888888888888888888888888888888"),
                new("Game.of.Thrones.S02.1080p.BluRay.x264-PACK2", "9999999999999999999999999999999999999999"),
            ],
        };
        await using var app = App(prowlarr);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var list = await client.GetAsync("/api/releases?tmdbId=1399&type=tv&season=1&episode=2").ReadJsonAsync<RankedList>(HttpStatusCode.OK);

        Assert.Equal(["Game.of.Thrones.S01.1080p.BluRay.x264-PACK", "Game.of.Thrones.S01E02.1080p.BluRay.x264-A"], list.Results.Select(r => r.Title).Order());
        var episode = list.Results.Single(r => r.Title.EndsWith("-A", StringComparison.Ordinal));
        Assert.Equal(1, episode.Season);
        Assert.Equal([2], episode.Episodes);
        Assert.Empty(list.Results.Single(r => r.Title.EndsWith("-PACK", StringComparison.Ordinal)).Episodes);
    }

    private const string HdrFormatDv = "DV";

    public sealed record QualityBody(int? Resolution, string? Source, string? VideoCodec, string[] Hdr, int? BitDepth, string[] Audio);

    public sealed record RejectionBody(string Code, string Reason);

    public sealed record RankedBody(
        string Id, string Title, long Size, int? Seeders, QualityBody Quality, string[] Languages, bool Multi, string[] Subtitles,
        int? Season, int[] Episodes, bool Proper, bool Repack, int? Year, string? Group, RejectionBody[] Rejections, int? Rank, string Why, bool? Cached);

    public sealed record RankedList(RankedBody[] Results);
}
