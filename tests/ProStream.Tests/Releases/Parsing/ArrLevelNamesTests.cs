using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

/// <summary>The forms issue 11 found the parser missing; each row is one general rule (the peer-case table test
/// measures them over thousands of names).</summary>
public sealed class ArrLevelNamesTests
{
    [Theory]
    [InlineData("Series - S02E21 - 94 Meetings", 2, "21")]
    [InlineData("Show.S01E91-E100.720p.HDTV.x264-GRP", 1, "91,92,93,94,95,96,97,98,99,100")]
    [InlineData("Show.S03E01.S03E02.720p.HDTV.X264-DIMENSION", 3, "1,2")]
    [InlineData("Show.S07E22E23.720p.HDTV.X264-DIMENSION", 7, "22,23")]
    [InlineData("Show.S01E01+02.FRENCH.DVDRiP.X264-GRP", 1, "1,2")]
    [InlineData("Show.103.720p.HDTV.X264-DIMENSION", 1, "3")]
    [InlineData("Show.1013.720p.HDTV.X264-DIMENSION", 10, "13")]
    [InlineData("Show 1x1", 1, "1")]
    [InlineData("Show.2x04.2x05.720p.BluRay-FUTV", 2, "4,5")]
    [InlineData("Show - 5x44x45x46.avi", 5, "44,45,46")]
    [InlineData("Show [401] Fun Run.avi", 4, "1")]
    [InlineData("Show.S2014E18.720p.HDTV.x264-GRP", 2014, "18")]
    [InlineData("Show S02 - E06 - Title", 2, "6")]
    public void Reads_season_and_episodes(string name, int season, string episodes)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((season, episodes), (parsed.Season ?? -1, string.Join(',', parsed.Episodes)));
        Assert.Equal("Show", parsed.Title.Replace("Series", "Show", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[SubDESU]_Show_07_(1280x720_x264-AAC)_[6B7FD717]", "7")]
    [InlineData("[HorribleSubs] Show - 07v2 [1080p].mkv", "7")]
    [InlineData("Show - 07v2", "7")]
    [InlineData("[Group].Show.-.06.[720.Hi10p][1F5578AC]", "6")]
    [InlineData("[Erai-raws] Show - 01~03 [1080p][Multiple Subtitle]", "1,2,3")]
    [InlineData("[Group] Show Ep08 (8246e542).mkv", "8")]
    public void Reads_absolute_anime_numbers(string name, string absolute)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(absolute, string.Join(',', parsed.AbsoluteEpisodes));
        Assert.Null(parsed.Season);
        Assert.Equal("Show", parsed.Title);
    }

    [Theory]
    [InlineData("003. Show - Ep Name.mkv", "3")]
    [InlineData("003-004. Show - Ep Name.avi", "3,4")]
    [InlineData("03 - Show.avi", "3")]
    [InlineData("[DeadFish] 12 - Show [BD][720p][AAC].mp4", "12")]
    [InlineData("[NoobSubs] 06 Show (720p 8bit AAC).mp4", "6")]
    public void Reads_an_episode_number_written_before_the_title(string name, string episodes)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((episodes, "Show"), (string.Join(',', parsed.Episodes), parsed.Title));
    }

    [Theory]
    [InlineData("007 Spectre 2015 1080p BluRay x264-GRP", "007 Spectre")]
    [InlineData("21.(2008).DVDRip.x264.AC3-FtS", "21")]
    [InlineData("Le.Prestige.(The.Prestige).2006.DVDRip.x264", "Le Prestige")]
    public void Keeps_films_that_start_with_a_number_and_drops_a_parenthesised_alternative_title(string name, string title) =>
        Assert.Equal((title, 0), (ReleaseNameParser.Parse(name).Title, ReleaseNameParser.Parse(name).Episodes.Count));

    [Fact]
    public void Keeps_the_absolute_number_written_after_the_season_one()
    {
        var parsed = ReleaseNameParser.Parse("[MTBB] Show - S02E02 - 027 - Episode Title [WEBDL-1080p v2][x264][AAC]");

        Assert.Equal((2, "2", "27"), (parsed.Season, string.Join(',', parsed.Episodes), string.Join(',', parsed.AbsoluteEpisodes)));
    }

    [Theory]
    [InlineData("A.Late.Talk.Show.2011.01.10.Guest.HDTV.XviD-GRP", "2011-01-10")]
    [InlineData("A Late Talk Show - 2011-04-12 - Gov. Deval Patrick", "2011-04-12")]
    [InlineData("A Late Talk Show 2011 04 15 1080i HDTV DD5 1 MPEG2 TrollHD", "2011-04-15")]
    public void Reads_the_air_date_of_daily_shows(string name, string airDate)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(DateOnly.Parse(airDate, System.Globalization.CultureInfo.InvariantCulture), parsed.AirDate);
        Assert.Equal("A Late Talk Show", parsed.Title);
        Assert.Empty(parsed.Episodes);
    }

    [Theory]
    [InlineData("Movie.2019.VF.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.VFF.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.VFQ.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.VFI.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.VF2.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.TRUEFRENCH.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.FRE.1080p.WEB.x264-GRP", "fr", "", false)]
    [InlineData("Movie 2019 1080p FR ENG [mkvonly]", "fr,en", "", false)]
    [InlineData("Movie 2019 Multi VFI VO 1080p WEB x265 HEVC AAC 5.1-Papaya", "fr", "", true)]
    [InlineData("Movie.2019.VO+VFF+VFQ.1080p.BluRay.x264-GRP", "fr", "", false)]
    [InlineData("Movie.2019.SUBFRENCH.1080p.WEB.x264-GRP", "", "fr", false)]
    [InlineData("Movie.2019.VOSTFR.1080p.WEB.x264-GRP", "", "fr", false)]
    [InlineData("Movie (2019) [VOSTFR] [1080p]", "", "fr", false)]
    [InlineData("Movie.2019.VOST.1080p.WEB.x264-GRP", "", "fr", false)]
    [InlineData("Movie.2019.MULTi.1080p.WEB.x264-GRP", "", "", true)]
    [InlineData("Movie.2019.German.DL.1080p.BluRay.x264-GRP", "de", "", true)]
    [InlineData("Movie.2019.1080p.WEB.x264.EN-GRP", "en", "", false)]
    [InlineData("Movie.2019.iTA.ENG.1080p.WEB.x264-GRP", "it,en", "", false)]
    [InlineData("Movie.2019.1080p.WEB.x264.ENG.SUBS-GRP", "", "en", false)]
    [InlineData("Movie.2019.MULTi.SUBS.1080p.WEB.x264-GRP", "", "", false)]
    public void Reads_languages_and_subtitles(string name, string languages, string subtitles, bool multi)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((languages, subtitles, multi), (string.Join(',', parsed.Languages), string.Join(',', parsed.Subtitles), parsed.Multi));
        Assert.Equal("Movie", parsed.Title);
    }

    [Theory]
    [InlineData("Movie.2022.1080p.HQCAM.ENG.x264.AAC-QRips", ReleaseSource.Cam)]
    [InlineData("Movie (2024) TeleSynch 720p HEVC-GRP", ReleaseSource.Telesync)]
    [InlineData("Movie.2018.PDVD.x264-GRP", ReleaseSource.Telesync)]
    [InlineData("Movie.2005.PAL.DVD-R-GRP", ReleaseSource.DiscImage)]
    [InlineData("Movie.2007.DVD9.NTSC-GRP", ReleaseSource.DiscImage)]
    [InlineData("Movie.2016.1080p.Blu-ray.AVC.DTS-HD.MA.5.1-GRP", ReleaseSource.DiscImage)]
    [InlineData("Movie.2016.1080p.BluRay.x264.DTS-HD.MA.5.1-GRP", ReleaseSource.BluRay)]
    [InlineData("Movie.2016.1080p.WEB-DLRip.x264-GRP", ReleaseSource.WebRip)]
    [InlineData("Movie.2016.720p.WEB-DL.DD5.1.H.264-BD", ReleaseSource.WebDl)]
    public void Reads_the_source(string name, string source)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(source, parsed.Quality.Source);
        Assert.Equal("Movie", parsed.Title);
    }

    [Fact]
    public void A_cam_copy_is_rejected_whatever_it_is_called()
    {
        foreach (var name in new[] { "Movie.2022.HQCAM.x264", "Movie.2024.TeleSynch.720p", "Movie.2018.PDVD.x264", "Movie.2021.HDTS.x264" })
            Assert.Contains(ReleaseRejections.Evaluate(ReleaseNameParser.Parse(name)), r => r.Code == RejectionCodes.LowQuality);
    }

    [Theory]
    [InlineData("Movie.2010.EXTENDED.1080p.BluRay.x264-GRP", "Extended")]
    [InlineData("Movie.2010.Extended.Cut.German.DTS.DL.720p.BluRay.x264-HDS", "Extended Cut")]
    [InlineData("Movie.2010.Directors.Cut.1080p.BluRay.x264-GRP", "Director's Cut")]
    [InlineData("Movie 2010 Director's Cut 1080p BluRay x264-GRP", "Director's Cut")]
    [InlineData("Movie.2010.UNRATED.1080p.BluRay.x264-GRP", "Unrated")]
    [InlineData("Movie.2010.IMAX.2160p.WEB-DL.DDP5.1.HEVC-GRP", "IMAX")]
    [InlineData("Movie.EXTENDED.2010.1080p.BluRay.x264-GRP", "Extended")]
    [InlineData("Movie.2010.1080p.BluRay.x264-GRP", null)]
    public void Reads_the_edition(string name, string? edition)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((edition, "Movie", 2010), (parsed.Edition, parsed.Title, parsed.Year));
    }

    [Theory]
    [InlineData("Show.S04E87.PROPER.720p.HDTV.x264-aAF", true, false)]
    [InlineData("Show.S04E87.REPACK.720p.HDTV.x264-aAF", false, true)]
    [InlineData("Show.S01E07.RERIP2.720p.BluRay.x264-DEMAND", false, true)]
    [InlineData("Show.S01E07.720p.BluRay.x264-DEMAND", false, false)]
    public void Reads_proper_and_repack(string name, bool proper, bool repack)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((proper, repack), (parsed.Proper, parsed.Repack));
    }

    [Theory]
    [InlineData("DD5.1", "AC3 5.1")]
    [InlineData("DDP5.1.Atmos", "EAC3 Atmos 5.1")]
    [InlineData("DD+5.1", "EAC3 5.1")]
    [InlineData("AAC2.0", "AAC 2.0")]
    [InlineData("DTS-HD.MA.7.1", "DTS-HD MA 7.1")]
    [InlineData("DTS-HD.MA5.1", "DTS-HD MA 5.1")]
    [InlineData("TrueHD.7.1.Atmos", "TrueHD Atmos 7.1")]
    [InlineData("E-AC-3.6ch", "EAC3 5.1")]
    public void Reads_audio_codec_and_channels(string audio, string expected) =>
        Assert.Equal([expected], ReleaseNameParser.Parse($"Movie.2019.1080p.WEB-DL.{audio}.H.264-GRP").Quality.Audio);

    [Fact]
    public void Long_or_odd_names_parse_without_any_timeout()
    {
        string[] names =
        [
            new string('a', 100_000),
            string.Concat(Enumerable.Repeat("S01E01-", 5_000)),
            string.Concat(Enumerable.Repeat("[x] - 1 ", 5_000)),
            string.Concat(Enumerable.Repeat(". - _ ", 20_000)),
            string.Concat(Enumerable.Repeat("1x1.", 10_000)),
        ];

        foreach (var name in names)
            Assert.NotNull(ReleaseNameParser.Parse(name));
    }
}
