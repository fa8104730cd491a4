using ProStream.Server.Debrid.Files;

namespace ProStream.Tests.Debrid.Files;

public sealed class TorrentFileChooserTests
{
    private const long MiB = 1024 * 1024;

    private static TorrentFileEntry File(string path, long sizeMiB) => new(path, sizeMiB * MiB, $"https://debrid.example/{sizeMiB}");

    // A season pack as debrid services list it: extras first and bigger than any episode, episodes out of order.
    private static readonly TorrentFileEntry[] OfficeSeasonTwo =
    [
        File("The.Office.US.S02.1080p.WEB-DL/Extras/The.Office.US.Season.2.Bloopers.mkv", 4000),
        File("The.Office.US.S02.1080p.WEB-DL/Featurettes/Behind.The.Scenes.mkv", 3000),
        File("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02E03.1080p.WEB-DL.mkv", 900),
        File("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02E01.1080p.WEB-DL.mkv", 800),
        File("The.Office.US.S02.1080p.WEB-DL/Sample/The.Office.US.S02E02.sample.mkv", 50),
        File("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02E02.1080p.WEB-DL.mkv", 850),
        File("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02E02.1080p.WEB-DL.en.srt", 1),
        File("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02.1080p.WEB-DL.nfo", 1),
    ];

    private static string? ChosenPath(IReadOnlyList<TorrentFileEntry> files, int? season = null, int? episode = null) =>
        TorrentFileChooser.Choose(files, season, episode).File?.Path;

    [Theory]
    [InlineData(1, "The.Office.US.S02E01.1080p.WEB-DL.mkv")]
    [InlineData(2, "The.Office.US.S02E02.1080p.WEB-DL.mkv")]
    [InlineData(3, "The.Office.US.S02E03.1080p.WEB-DL.mkv")]
    public void Picks_the_requested_episode_even_after_bigger_extras(int episode, string expected) =>
        Assert.Equal($"The.Office.US.S02.1080p.WEB-DL/{expected}", ChosenPath(OfficeSeasonTwo, 2, episode));

    [Fact]
    public void Without_a_request_picks_the_largest_video_that_is_not_an_extra() =>
        Assert.Equal("The.Office.US.S02.1080p.WEB-DL/The.Office.US.S02E03.1080p.WEB-DL.mkv", ChosenPath(OfficeSeasonTwo));

    [Fact]
    public void A_missing_episode_is_not_replaced_by_another_one()
    {
        var choice = TorrentFileChooser.Choose(OfficeSeasonTwo, 2, 9);

        Assert.False(choice.IsChosen);
        Assert.Equal(TorrentFileChoiceFailures.EpisodeNotFound, choice.FailureCode);
    }

    [Fact]
    public void A_file_of_another_season_does_not_match()
    {
        TorrentFileEntry[] files =
        [
            File("Lost.S01-S02/Lost.S01E05.720p.mkv", 700),
            File("Lost.S01-S02/Lost.S02E05.720p.mkv", 600),
            File("Lost.S01-S02/Lost.S02E06.720p.mkv", 650),
        ];

        Assert.Equal("Lost.S01-S02/Lost.S02E05.720p.mkv", ChosenPath(files, 2, 5));
        Assert.Equal("Lost.S01-S02/Lost.S02E06.720p.mkv", ChosenPath(files, 2, null));
    }

    [Fact]
    public void Takes_the_season_from_the_folder_when_the_file_name_has_none()
    {
        TorrentFileEntry[] files =
        [
            File("Friends.Complete/Season 1/Friends - 05 - The One With the East German Laundry Detergent.avi", 180),
            File("Friends.Complete/Season 2/Friends - 05 - The One with Five Steaks and an Eggplant.avi", 175),
            File("Friends.Complete/Season 2/Friends - 04 - The One with Phoebe's Husband.avi", 300),
            File("Friends.Complete/Season 3/05.avi", 170),
            File("Friends.Complete/Season 3/04.avi", 400),
        ];

        Assert.Equal("Friends.Complete/Season 2/Friends - 05 - The One with Five Steaks and an Eggplant.avi", ChosenPath(files, 2, 5));
        Assert.Equal("Friends.Complete/Season 3/05.avi", ChosenPath(files, 3, 5));
    }

    [Fact]
    public void Matches_anime_absolute_numbers_that_carry_no_season()
    {
        TorrentFileEntry[] files =
        [
            File("[SubsPlease] Frieren (01-28) (1080p) [Batch]/[SubsPlease] Frieren - 11 (1080p) [1A2B3C4D].mkv", 1400),
            File("[SubsPlease] Frieren (01-28) (1080p) [Batch]/[SubsPlease] Frieren - 12 (1080p) [ABCD1234].mkv", 1300),
            File("[SubsPlease] Frieren (01-28) (1080p) [Batch]/[SubsPlease] Frieren - 13 (1080p) [5E6F7A8B].mkv", 1450),
        ];

        Assert.Equal("[SubsPlease] Frieren (01-28) (1080p) [Batch]/[SubsPlease] Frieren - 12 (1080p) [ABCD1234].mkv", ChosenPath(files, 1, 12));
    }

    [Fact]
    public void A_double_episode_file_serves_both_episodes()
    {
        TorrentFileEntry[] files =
        [
            File("Dexter.S01/Dexter.S01E03.720p.mkv", 900),
            File("Dexter.S01/Dexter.S01E01E02.720p.mkv", 1500),
        ];

        Assert.Equal("Dexter.S01/Dexter.S01E01E02.720p.mkv", ChosenPath(files, 1, 2));
    }

    [Fact]
    public void The_only_video_of_a_single_episode_torrent_is_that_episode() =>
        Assert.Equal("Show.S03E07.1080p.WEB/video.mkv", ChosenPath([File("Show.S03E07.1080p.WEB/video.mkv", 1200), File("Show.S03E07.1080p.WEB/info.nfo", 1)], 3, 7));

    [Fact]
    public void Never_picks_a_sample_even_the_largest()
    {
        TorrentFileEntry[] files =
        [
            File("Movie.2019.1080p.BluRay.x264-GRP/Sample/movie-sample.mkv", 9000),
            File("Movie.2019.1080p.BluRay.x264-GRP/grp-movie.2019.1080p.sample.mkv", 8000),
            File("Movie.2019.1080p.BluRay.x264-GRP/grp-movie.2019.1080p.mkv", 7000),
        ];

        Assert.Equal("Movie.2019.1080p.BluRay.x264-GRP/grp-movie.2019.1080p.mkv", ChosenPath(files));
    }

    [Fact]
    public void Never_picks_extras_named_as_such()
    {
        TorrentFileEntry[] files =
        [
            File("Dune.Part.Two.2024.2160p/Dune.Part.Two.2024.Trailer.mkv", 12000),
            File("Dune.Part.Two.2024.2160p/Behind the Scenes/Making.Dune.mkv", 11000),
            File("Dune.Part.Two.2024.2160p/Deleted Scenes/Scene.01.mkv", 10500),
            File("Dune.Part.Two.2024.2160p/Dune.Part.Two.2024.Featurette.Worldbuilding.mkv", 10200),
            File("Dune.Part.Two.2024.2160p/Dune.Part.Two.2024.2160p.mkv", 10000),
        ];

        Assert.Equal("Dune.Part.Two.2024.2160p/Dune.Part.Two.2024.2160p.mkv", ChosenPath(files));
    }

    [Fact]
    public void A_title_that_merely_resembles_an_extra_is_kept()
    {
        TorrentFileEntry[] files = [File("Extra.Ordinary.2019.1080p.WEB/Extra.Ordinary.2019.1080p.WEB.mkv", 3000)];

        Assert.Equal("Extra.Ordinary.2019.1080p.WEB/Extra.Ordinary.2019.1080p.WEB.mkv", ChosenPath(files));
    }

    [Theory]
    [InlineData("movie.m2ts")]
    [InlineData("movie.ts")]
    [InlineData("movie.webm")]
    [InlineData("movie.MP4")]
    [InlineData("movie.wmv")]
    public void Accepts_every_video_extension(string name) =>
        Assert.Equal(name, ChosenPath([File(name, 100), File("movie.nfo", 200), File("movie.srt", 300)]));

    [Fact]
    public void Reads_backslash_paths() =>
        Assert.Equal(@"Show.S01\Show.S01E02.mkv", ChosenPath([File(@"Show.S01\Show.S01E02.mkv", 500), File(@"Show.S01\Show.S01E01.mkv", 600)], 1, 2));

    [Fact]
    public void Says_when_the_video_is_packed_in_an_archive()
    {
        var choice = TorrentFileChooser.Choose([File("Movie/movie.rar", 4000), File("Movie/movie.r00", 4000), File("Movie/movie.nfo", 1)]);

        Assert.False(choice.IsChosen);
        Assert.Equal(TorrentFileChoiceFailures.ArchiveOnly, choice.FailureCode);
    }

    [Fact]
    public void Says_when_there_is_nothing_playable()
    {
        var choice = TorrentFileChooser.Choose([File("Movie/movie.nfo", 1), File("Movie/movie.srt", 1), File("Movie/Sample/movie.mkv", 50)]);

        Assert.Equal(TorrentFileChoiceFailures.NoPlayableFile, choice.FailureCode);
        Assert.Null(choice.File);
    }

    [Fact]
    public void Says_when_the_torrent_is_empty() =>
        Assert.Equal(TorrentFileChoiceFailures.NoFiles, TorrentFileChooser.Choose([]).FailureCode);

    [Fact]
    public void Keeps_the_link_of_the_chosen_file() =>
        Assert.Equal("https://debrid.example/850", TorrentFileChooser.Choose(OfficeSeasonTwo, 2, 2).File?.Link);

    // An anime pack numbered from the first episode: season 2 starts at 25.
    private static readonly TorrentFileEntry[] AnimePack =
    [
        File("[Group] Show (Batch)/[Group] Show - 03 [1080p].mkv", 400),
        File("[Group] Show (Batch)/[Group] Show - 27 [1080p].mkv", 380),
        File("[Group] Show (Batch)/[Group] Show - 28v2 [1080p].mkv", 390),
    ];

    [Theory]
    [InlineData(2, 3, 27, "[Group] Show - 27 [1080p].mkv")]
    [InlineData(2, 4, 28, "[Group] Show - 28v2 [1080p].mkv")]
    [InlineData(1, 3, 3, "[Group] Show - 03 [1080p].mkv")]
    public void Finds_an_episode_of_an_anime_pack_by_its_absolute_number(int season, int episode, int absolute, string expected) =>
        Assert.Equal($"[Group] Show (Batch)/{expected}", TorrentFileChooser.Choose(AnimePack, season, episode, absolute).File?.Path);

    [Fact]
    public void Finds_a_daily_show_episode_by_its_air_date()
    {
        TorrentFileEntry[] files =
        [
            File("Talk.Show.2011.01/Talk.Show.2011.01.10.Guest.One.720p.HDTV.x264-GRP.mkv", 700),
            File("Talk.Show.2011.01/Talk.Show.2011.01.11.Guest.Two.720p.HDTV.x264-GRP.mkv", 720),
            File("Talk.Show.2011.01/Talk.Show.2011.01.12.Guest.Three.720p.HDTV.x264-GRP.mkv", 710),
        ];

        var choice = TorrentFileChooser.Choose(files, 2011, 2, airDate: new DateOnly(2011, 1, 11));

        Assert.Equal("Talk.Show.2011.01/Talk.Show.2011.01.11.Guest.Two.720p.HDTV.x264-GRP.mkv", choice.File?.Path);
    }

    // A pack as release groups name it: absolute numbers for an anime, air dates for a daily show, mixed folders.
    private static readonly TorrentFileEntry[] MixedPack =
    [
        File("Show (2011) S01-S02/Show - 106 [1080p].mkv", 900),
        File("Show (2011) S01-S02/Show - 107 [1080p].mkv", 880),
        File("Show (2011) S01-S02/Show - 108v2 [1080p].mkv", 890),
        File("Show (2011) S01-S02/show.2011.01.10.mkv", 500),
        File("Show (2011) S01-S02/show.2011.01.11.mkv", 510),
        File("Show (2011) S01-S02/Season 2/[Group] Show - 107 (BD 1080p) [ABCD1234].mkv", 950),
    ];

    [Theory]
    [InlineData(5, 7, 107, null, "Season 2/[Group] Show - 107 (BD 1080p) [ABCD1234].mkv")]
    [InlineData(5, 8, 108, null, "Show - 108v2 [1080p].mkv")]
    [InlineData(5, 6, 106, null, "Show - 106 [1080p].mkv")]
    [InlineData(2011, 10, null, "2011-01-10", "show.2011.01.10.mkv")]
    [InlineData(2011, 11, 999, "2011-01-11", "show.2011.01.11.mkv")]
    public void Finds_the_episode_by_its_absolute_number_or_air_date(int season, int episode, int? absolute, string? airDate, string expected)
    {
        var aired = airDate is null ? (DateOnly?)null : DateOnly.Parse(airDate, System.Globalization.CultureInfo.InvariantCulture);

        var choice = TorrentFileChooser.Choose(MixedPack, season, episode, absolute, aired);

        Assert.Equal($"Show (2011) S01-S02/{expected}", choice.File?.Path);
    }

    [Fact]
    public void An_absolute_number_no_file_carries_finds_nothing_rather_than_a_wrong_episode() =>
        Assert.Equal(TorrentFileChoiceFailures.EpisodeNotFound, TorrentFileChooser.Choose(MixedPack, 5, 9, 109).FailureCode);
}
