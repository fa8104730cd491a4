using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

/// <summary>Where a title starts and ends: one row per general rule that lifted title accuracy on the peer cases.</summary>
public sealed class TitleRulesTests
{
    [Theory]
    [InlineData("Movie Title (Western 1950) Lead Actor 720p", "Movie Title", 1950)]
    [InlineData("Movie Title (Original Name, 1967) [DVD.Rip]", "Movie Title", 1967)]
    [InlineData("Movie Title (2019) 1080p BluRay x264", "Movie Title", 2019)]
    public void A_year_inside_parentheses_with_words_ends_the_title_at_the_parenthesis(string name, string title, int year) =>
        Assert.Equal((title, year), (ReleaseNameParser.Parse(name).Title, ReleaseNameParser.Parse(name).Year ?? 0));

    [Theory]
    [InlineData("Movie.Title.Director.Cut.Ita.Eng.1080p.BluRay.x264", "Director Cut")]
    [InlineData("Movie.Title.OM.2015.WEB-DLRip", "Open Matte")]
    [InlineData("Movie Title DC (1979) [1080p]", "Director's Cut")]
    [InlineData("Movie Title [Ultimate Collector's Edition].1942.BRRip.XviD", "Ultimate Collector's Edition")]
    [InlineData("Movie_Title_Criterion_Edition_(1985).avi", "Criterion Edition")]
    [InlineData("Movie.Title.IMAX.EDITION.HQ.BluRay.1080p.x264", "IMAX Edition")]
    public void Edition_words_after_the_title_are_peeled_off(string name, string edition)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(("Movie Title", edition), (parsed.Title, parsed.Edition));
    }

    [Theory]
    [InlineData("Movie.Title.Extended.HFR.48fps.ITA.ENG.AC3.BDRip.1080p.x264")]
    [InlineData("Movie Title VO+VFF+VFQ 1080p HDlight x264")]
    [InlineData("Movie Title (Other Title).PAL.Multi.DVD-R-GRP")]
    [InlineData("Movie.Title.BRRipMux.720p")]
    [InlineData("[h265 - HEVC] Movie Title Unrated Director Cut French [1080p DTS].mkv")]
    [InlineData("h265 - HEVC Movie Title Unrated Director Cut French 1080p DTS.mkv")]
    [InlineData("Site4TV.com - Movie Title 720p BluRay x265")]
    public void Tags_before_and_after_the_title_stay_out_of_it(string name) =>
        Assert.Equal("Movie Title", ReleaseNameParser.Parse(name).Title);

    [Theory]
    [InlineData("Название: Фильм / Show Title / S2E1 of 10 (2023) WEB-DL 1080p Ukr/Eng", 2, "1")]
    [InlineData("Название (S2E1) / Show Title (S2E1) (2023) WEB-DL 1080p", 2, "1")]
    [InlineData("我的电视剧.Show.Title.S01E01.2023.1080p.WEB-DL.H264", 1, "1")]
    public void A_title_in_another_script_gives_way_to_the_latin_one(string name, int season, string episodes)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(("Show Title", season, episodes), (parsed.Title, parsed.Season ?? 0, string.Join(',', parsed.Episodes)));
    }

    [Theory]
    [InlineData("Show_Title-x03-Making_Of.mkv", "Show Title")]
    [InlineData("Saga_Name-f12-Film_Title.mkv", "Film Title")]
    public void Bonus_and_film_number_markers_bound_the_title(string name, string title) =>
        Assert.Equal(title, ReleaseNameParser.Parse(name).Title);

    [Theory]
    [InlineData("[Group] [BD][1080p] Show Title 08 [4D102B7C].mkv", "8", 1080)]
    [InlineData("[Group] Show Title [v2] [R2J] [Dual Audio] [x264]", "", null)]
    [InlineData("[Group] Show Title: 30 [Web][MKV][h264][720p]", "30", 720)]
    [InlineData("[Group] Show Title #957 (1280x720 x264 AAC).mp4", "957", 720)]
    public void Fansub_names_keep_bracketed_tags_out_of_the_title(string name, string absolute, int? resolution)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(("Show Title", absolute, resolution), (parsed.Title.TrimEnd(':'), string.Join(',', parsed.AbsoluteEpisodes), parsed.Quality.Resolution));
    }

    [Theory]
    [InlineData("Show Title 1-13 (English Dub) [720p]", "1-13")]
    [InlineData("[Group] Show Title 01 - 24 [1080p] [Batch]", "1-24")]
    [InlineData("Show_Title_[01-05]_[Group_TV]_[WEBRip_1080p]", "1-5")]
    [InlineData("Show_Title_[07]_[Group_TV]_[WEBRip_1080p]", "7-7")]
    [InlineData("Show Title 313-315 s16e03-05", "313-315")]
    [InlineData("[Group] Show Title 214 10x14", "214-214")]
    public void Absolute_numbers_and_ranges_end_the_title(string name, string range)
    {
        var parsed = ReleaseNameParser.Parse(name);
        var bounds = range.Split('-').Select(int.Parse).ToArray();

        var expected = string.Join(',', Enumerable.Range(bounds[0], bounds[1] - bounds[0] + 1));
        Assert.Equal(("Show Title", expected), (parsed.Title, string.Join(',', parsed.AbsoluteEpisodes)));
    }

    [Theory]
    [InlineData("[Group] Show Title 21 - 101 [480p].mkv", "Show Title 21", "101")]
    [InlineData("[Group] Show at Age 29 S01E03 1080p WEB-DL", "Show at Age 29", "")]
    [InlineData("The.100.S01E01.720p.HDTV", "The 100", "")]
    [InlineData("To Another Series III - Episode 5 VOSTFR (1080p)", "To Another Series III", "5")]
    public void A_number_that_belongs_to_the_title_stays_in_it(string name, string title, string absolute)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal((title, absolute), (parsed.Title, string.Join(',', parsed.AbsoluteEpisodes)));
    }

    [Theory]
    [InlineData("Show.Title.10708.hdtv-lol.mp4", 1, "7,8", null)]
    [InlineData("Show.Title.010910.HDTV.x264-GRP", 1, "9,10", null)]
    [InlineData("Show.Title.0106.720p-group.mkv", 1, "6", null)]
    [InlineData("Show.Title.100.109.hdtv-lol.mp4", 1, "9", null)]
    [InlineData("Show.Title.140722.720p.HDTV.x264-GRP", null, "", "2014-07-22")]
    [InlineData("Show Title - 101 (01) - 20021107 - Episode Title.avi", null, "", "2002-11-07")]
    [InlineData("Show Title E76 2024 08 08 1080p WEB H264-GRP", null, "", "2024-08-08")]
    public void Compact_numbers_and_dates_end_the_title(string name, int? season, string episodes, string? airDate)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(
            (season, episodes, airDate),
            (parsed.Season, string.Join(',', parsed.Episodes), parsed.AirDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("Show Title", parsed.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Show.Title.S07D1.NTSC.DVDR-GRP", 7)]
    [InlineData("Show.Title.S07D1-3&5.NTSC.DVDR-GRP", 7)]
    [InlineData("Show.Title.S01Extras.-.Bad.Karma.DVDRip.XviD.avi", 1)]
    [InlineData("Show.Title.1xAll.Season.Complete-GRP", 1)]
    [InlineData("Show Title Saison VII FRENCH.BDRip.XviD-GRP", 7)]
    [InlineData("Show Title - Complete Seasons S01 to S28 (1080p, 720p, DVDRip)", 1)]
    [InlineData("Show.Title.ReduX.S02.1080p.AMZN.WEBRip.DDP5.1.x264-GRP", 2)]
    public void Season_markers_of_every_kind_end_the_title(string name, int season)
    {
        var parsed = ReleaseNameParser.Parse(name);

        Assert.Equal(season, parsed.Season);
        Assert.Equal(name.Contains("ReduX", StringComparison.Ordinal) ? "Show Title ReduX" : "Show Title", parsed.Title);
    }

    [Fact]
    public void A_part_written_as_a_word_before_a_broadcast_source_is_an_episode()
    {
        var parsed = ReleaseNameParser.Parse("Show.Title.Part.Two.720p.HDTV.x264-GRP");

        Assert.Equal(("Show Title", 1, "2"), (parsed.Title, parsed.Season ?? 0, string.Join(',', parsed.Episodes)));
    }
}
