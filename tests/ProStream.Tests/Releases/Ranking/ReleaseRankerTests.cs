using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class ReleaseRankerTests
{
    private static readonly RankingPreferences FrenchViewer = Preferences("fr,en", max: 1080, codecs: "h264,hevc");

    [Fact]
    public void The_chain_runs_in_the_documented_order() =>
        Assert.Equal(
            [typeof(AudioLanguageComparer), typeof(ResolutionComparer), typeof(SourceComparer), typeof(InstantComparer), typeof(HdrComparer),
             typeof(CodecPlayabilityComparer), typeof(SizeSanityComparer), typeof(SeedersComparer)],
            new ReleaseRanker(FrenchViewer).Chain.Select(c => c.GetType()));

    [Fact]
    public void Ranks_a_realistic_search_for_a_French_viewer()
    {
        ReleaseCandidate[] results =
        [
            Named("Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX.DV.HDR10.HEVC.TrueHD.7.1.Atmos-GRP", 60000, 300),
            Named("Dune.Part.Two.2024.1080p.WEB-DL.DDP5.1.H.264-FLUX", 6000, 900),
            Named("Dune.Part.Two.2024.TRUEFRENCH.HDCAM.x264-GRP", 1400, 2000),
            Named("Dune.Part.Two.2024.MULTi.VFF.1080p.BluRay.x264-GRP", 12000, 40),
            Named("Dune.Part.Two.2024.FRENCH.720p.WEB.H264-GRP", 2500, 500),
            Named("Dune.Part.Two.2024.MULTi.VFF.1080p.WEB.H264-GRP", 5000, 812),
            Named("Dune.Part.Two.2024.MULTi.1080p.WEB.H264-FAKE", 300, 5000),
            Named("Dune.Part.Two.2024.VOSTFR.1080p.WEB.H264-GRP", 5000, 100),
        ];

        var ranked = new ReleaseRanker(FrenchViewer).Rank(results);

        Assert.Equal(
        [
            "Dune.Part.Two.2024.MULTi.VFF.1080p.BluRay.x264-GRP",   // French + English, 1080p, BluRay
            "Dune.Part.Two.2024.MULTi.VFF.1080p.WEB.H264-GRP",      // same but WEB-DL
            "Dune.Part.Two.2024.MULTi.1080p.WEB.H264-FAKE",         // same, but 300 MB: suspicious despite 5000 seeders
            "Dune.Part.Two.2024.FRENCH.720p.WEB.H264-GRP",          // French only
            "Dune.Part.Two.2024.TRUEFRENCH.HDCAM.x264-GRP",         // French only, resolution unknown, cam
            "Dune.Part.Two.2024.1080p.WEB-DL.DDP5.1.H.264-FLUX",    // English only (untagged)
            "Dune.Part.Two.2024.VOSTFR.1080p.WEB.H264-GRP",         // English audio, French subtitles
            "Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX.DV.HDR10.HEVC.TrueHD.7.1.Atmos-GRP", // above 1080p
        ],
            ranked.Select(r => r.Candidate.Id));
        Assert.Equal(Enumerable.Range(1, results.Length), ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Explains_each_rank_against_the_one_above()
    {
        var ranked = new ReleaseRanker(FrenchViewer).Rank(
        [
            Named("Dune.Part.Two.2024.FRENCH.1080p.WEB-DL.H264-GRP", 5000, 812),
            Named("Dune.Part.Two.2024.MULTi.1080p.WEB.H264-FAKE", 300, 0),
            Named("Dune.Part.Two.2024.2160p.WEB-DL.DV.HDR10.HEVC-GRP", 15000, null),
            Named("Dune.Part.Two.2024.1080p.WEB-DL.AV1-GRP", 3000, 4),
        ]);

        Assert.Equal(
        [
            "MULTi (French + English); #2 has French audio",
            "Below #1: French audio where #1 has MULTi (French + English)",
            "Below #2: English audio, not French",
            "English audio like #3 but 2160p instead of 1080p",
        ],
            ranked.Select(r => r.Why));
    }

    [Fact]
    public void Language_outranks_resolution() =>
        AssertBetter(new ReleaseRanker(FrenchViewer), Named("Movie.2020.FRENCH.720p.WEB"), Named("Movie.2020.1080p.WEB"));

    [Fact]
    public void Resolution_outranks_source() =>
        AssertBetter(new ReleaseRanker(FrenchViewer), Named("Movie.2020.1080p.WEBRip"), Named("Movie.2020.720p.BluRay"));

    [Fact]
    public void Source_outranks_HDR() =>
        AssertBetter(new ReleaseRanker(Preferences(codecs: "hevc")), Named("Movie.2020.2160p.BluRay.HEVC"), Named("Movie.2020.2160p.WEB-DL.HDR.HEVC"));

    [Fact]
    public void Source_outranks_instant() =>
        AssertBetter(new ReleaseRanker(FrenchViewer), Named("Movie.2020.1080p.BluRay.x264"), Named("Movie.2020.1080p.WEBRip.x264") with { Instant = true });

    [Fact]
    public void Instant_outranks_HDR_codec_size_and_seeders() =>
        AssertBetter(
            new ReleaseRanker(Preferences(codecs: "hevc")),
            Named("Movie.2020.1080p.BluRay.x265", sizeMiB: 300, seeders: 1) with { Instant = true },
            Named("Movie.2020.1080p.BluRay.HDR.x264", seeders: 3000) with { Instant = false });

    [Fact]
    public void Playable_codec_outranks_seeders() =>
        AssertBetter(new ReleaseRanker(Preferences(codecs: "h264")), Named("Movie.2020.1080p.WEB.x264", seeders: 3), Named("Movie.2020.1080p.WEB.x265", seeders: 3000));

    [Fact]
    public void Without_preferences_the_best_quality_wins_and_ties_keep_their_input_order()
    {
        var ranked = new ReleaseRanker(RankingPreferences.None).Rank(
        [
            ReleaseCandidate.FromTitle("a", "Movie.2020.1080p.WEB", 4000 * MiB, 10),
            ReleaseCandidate.FromTitle("b", "Movie.2020.2160p.WEB", 9000 * MiB, 10),
            ReleaseCandidate.FromTitle("c", "Movie.2020.1080p.WEB", 4000 * MiB, 10),
        ]);

        Assert.Equal(["b", "a", "c"], ranked.Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Ranking_nothing_gives_nothing() => Assert.Empty(new ReleaseRanker(FrenchViewer).Rank([]));
}
