using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

public sealed class ReleaseRejectionsTests
{
    private static string[] Codes(string name, ReleaseExpectations? expected = null) =>
        [.. ReleaseRejections.Evaluate(ReleaseNameParser.Parse(name), expected).Select(r => r.Code)];

    [Theory]
    [InlineData("Oppenheimer.2023.TRUEFRENCH.HDCAM.x264", "low-quality")]
    [InlineData("Joker.2019.HDTS.x264-GRP", "low-quality")]
    [InlineData("Joker.2019.HDTC.XviD-GRP", "low-quality")]
    [InlineData("Joker.2019.DVDSCR.XviD.AC3-GRP", "low-quality")]
    [InlineData("Movie.2019.1080p.BluRay.x264-GRP.sample.mkv", "sample")]
    [InlineData("Top.Gun.Maverick.2022.COMPLETE.UHD.BLURAY-TERMiNAL", "disc-image")]
    [InlineData("Memento.2000.DVD9.NTSC-GRP", "disc-image")]
    [InlineData("Some.Movie.2020.1080p.BluRay.x264-GRP.rar", "archive")]
    [InlineData("Gravity.2013.3D.1080p.BluRay.Half-OU.x264-GRP", "3d")]
    public void Rejects_junk(string name, string code) => Assert.Equal([code], Codes(name));

    [Theory]
    [InlineData("The.Matrix.1999.1080p.BluRay.x264-SPARKS")]
    [InlineData("Dune.Part.Two.2024.MULTi.VFF.2160p.UHD.BluRay.REMUX.DV.HDR10.HEVC.TrueHD.7.1.Atmos-GROUP")]
    [InlineData("Cam.2018.1080p.NF.WEB-DL.DD5.1.x264-NTG")]
    public void Accepts_good_releases_without_expectations(string name) => Assert.Empty(Codes(name));

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, false)]
    [InlineData(2022, false)]
    [InlineData(2025, true)]
    [InlineData(2021, true)]
    public void Year_may_differ_by_one(int expectedYear, bool rejected) =>
        Assert.Equal(rejected, Codes("Oppenheimer.2023.1080p.WEB-DL.DDP5.1.H.264-FLUX", new(Title: "Oppenheimer", Year: expectedYear)).Contains("wrong-year"));

    [Fact]
    public void Unknown_year_is_not_wrong() =>
        Assert.Empty(Codes("1917.1080p.BluRay.x264-GRP", new(Title: "1917", Year: 2019)));

    [Theory]
    [InlineData("Mission.Impossible.Dead.Reckoning.Part.One.2023.1080p.WEB-DL-FLUX", "Mission: Impossible - Dead Reckoning Part One", null, false)]
    [InlineData("Amelie.2001.FRENCH.720p.BluRay.x264-GRP", "Amélie", null, false)]
    [InlineData("Le.Fabuleux.Destin.d.Amelie.Poulain.2001.FRENCH.1080p.BluRay.x264-GRP", "Amélie", "Le Fabuleux Destin d'Amélie Poulain", false)]
    [InlineData("Fast.and.Furious.2009.1080p.BluRay.x264-GRP", "Fast & Furious", null, false)]
    [InlineData("The.Office.US.S02E01E02.720p.WEB-DL.DD5.1.H.264", "The Office", null, false)]
    [InlineData("S.W.A.T.2017.S01E01.720p.HDTV.x264-KILLERS", "S.W.A.T.", null, false)]
    [InlineData("Dune.Part.Two.2024.1080p.WEB-DL-GRP", "Dune", null, true)]
    [InlineData("Aliens.1986.1080p.BluRay.x264-GRP", "Alien", null, true)]
    public void Title_must_match_the_title_or_the_original_title(string name, string title, string? originalTitle, bool rejected) =>
        Assert.Equal(rejected, Codes(name, new(title, originalTitle)).Contains("wrong-title"));

    [Theory]
    [InlineData("Breaking.Bad.S05E14.1080p.BluRay.x264-ROVERS", 5, 14, false)]
    [InlineData("Breaking.Bad.S05E14.1080p.BluRay.x264-ROVERS", 5, 13, true)]
    [InlineData("Breaking.Bad.S05E14.1080p.BluRay.x264-ROVERS", 4, 14, true)]
    [InlineData("Breaking.Bad.S05.1080p.BluRay.x264-ROVERS", 5, 14, false)]
    [InlineData("Breaking.Bad.S04.1080p.BluRay.x264-ROVERS", 5, 14, true)]
    [InlineData("Breaking.Bad.S01-S05.1080p.BluRay.x264-ROVERS", 3, 2, false)]
    [InlineData("Friends.S01E02-E04.1080p.BluRay.x265-GRP", 1, 3, false)]
    [InlineData("[SubsPlease] Frieren - 12 (1080p) [ABCD1234].mkv", 1, 5, false)]
    public void Episode_must_match_unless_unknown_or_inside_a_season_pack(string name, int season, int episode, bool rejected) =>
        Assert.Equal(rejected, Codes(name, new(Season: season, Episode: episode)).Contains("wrong-episode"));

    [Fact]
    public void A_release_can_have_several_rejections()
    {
        var codes = Codes("Aliens.1986.HDCAM.x264-GRP.sample.mkv", new("Alien", Year: 1979));

        Assert.Equal(["low-quality", "sample", "wrong-year", "wrong-title"], codes);
    }

    [Theory]
    [InlineData("[SubsPlease] Show - 27 (1080p) [ABCD1234].mkv", 27, false)]
    [InlineData("[SubsPlease] Show - 26 (1080p) [ABCD1234].mkv", 27, true)]
    public void Compares_anime_releases_by_absolute_number(string name, int absolute, bool rejected) =>
        Assert.Equal(rejected, Codes(name, new ReleaseExpectations("Show", Season: 2, Episode: 3, AbsoluteEpisode: absolute)).Contains(RejectionCodes.WrongEpisode));

    [Theory]
    [InlineData("Talk.Show.2011.01.10.720p.HDTV.x264-GRP", false)]
    [InlineData("Talk.Show.2011.01.11.720p.HDTV.x264-GRP", true)]
    public void Compares_daily_releases_by_air_date(string name, bool rejected) =>
        Assert.Equal(rejected, Codes(name, new ReleaseExpectations("Talk Show", AirDate: new DateOnly(2011, 1, 10))).Contains(RejectionCodes.WrongEpisode));

    [Theory]
    [InlineData("Talk.Show.2019.01.10.720p.HDTV.x264-GRP", 2010, false)]
    [InlineData("Talk.Show.2008.720p.HDTV.x264-GRP", 2010, true)]
    public void A_daily_show_years_after_its_start_is_not_the_wrong_year(string name, int showYear, bool rejected) =>
        Assert.Equal(rejected, Codes(name, new ReleaseExpectations("Talk Show", Year: showYear)).Contains(RejectionCodes.WrongYear));
}
