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

        Assert.Equal(["Dune.2021.MULTi.1080p.WEB-DL.DDP5.1.x264-FRGRP", "Dune.2021.1080p.BluRay.x264-EN", "Dune.2021.2160p.WEB-DL.DV.HDR.H265-UHD"],
            list.Results.Select(r => r.Title));
        Assert.Equal([1, 2, 3], list.Results.Select(r => r.Rank));
        var french = list.Results[0];
        Assert.Equal((1080, "WEB-DL", "H.264", true, 2021, "FRGRP"), (french.Quality.Resolution, french.Quality.Source, french.Quality.VideoCodec, french.Multi, french.Year, french.Group));
        Assert.Contains("MULTi", french.Why, StringComparison.Ordinal);
        Assert.Empty(french.Rejections);
        var uhd = list.Results[2];
        Assert.Equal([HdrFormatDv], uhd.Quality.Hdr.Where(h => h == HdrFormatDv));
        Assert.Contains("above 1080p", uhd.Why, StringComparison.Ordinal);
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
        Assert.Contains("(transcoded)", chromium.Results[0].Why, StringComparison.Ordinal);
        Assert.DoesNotContain("(transcoded)", safari.Results[0].Why, StringComparison.Ordinal);
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
        int? Season, int[] Episodes, bool Proper, bool Repack, int? Year, string? Group, RejectionBody[] Rejections, int? Rank, string Why);

    public sealed record RankedList(RankedBody[] Results);
}
