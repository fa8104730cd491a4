using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class SourceComparerTests
{
    [Fact]
    public void Remux_then_BluRay_WebDl_WebRip_Hdtv_Dvd_unknown_then_junk()
    {
        string[] bestFirst =
        [
            "Movie.2020.1080p.BluRay.REMUX", "Movie.2020.1080p.BluRay", "Movie.2020.1080p.WEB-DL", "Movie.2020.1080p.WEBRip",
            "Movie.2020.720p.HDTV", "Movie.2020.DVDRip", "Movie.2020.1080p", "Movie.2020.BDMV", "Movie.2020.DVDSCR",
            "Movie.2020.HDTC", "Movie.2020.HDTS", "Movie.2020.HDCAM",
        ];

        var sorted = Sorted(new SourceComparer(), [.. bestFirst.Reverse().Select(n => Named(n))]);

        Assert.Equal(bestFirst, sorted);
    }

    [Fact]
    public void Plain_WEB_is_a_WEB_DL() =>
        AssertTie(new SourceComparer(), Named("Show.S01E01.1080p.WEB.h264-GRP"), Named("Show.S01E01.1080p.WEB-DL.h264-GRP"));
}
