using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;
using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class CodecPlayabilityComparerTests
{
    private static readonly ReleaseCandidate H264 = Named("Movie.2020.1080p.WEB-DL.x264");
    private static readonly ReleaseCandidate Hevc = Named("Movie.2020.1080p.WEB-DL.x265");
    private static readonly ReleaseCandidate Av1 = Named("Movie.2020.1080p.WEB-DL.AV1");
    private static readonly ReleaseCandidate XviD = Named("Movie.2020.DVDRip.XviD");
    private static readonly ReleaseCandidate Unknown = Named("Movie.2020.1080p.WEB-DL");
    private static readonly ReleaseCandidate H264Aac = Named("Movie.2020.1080p.WEB-DL.AAC.x264");
    private static readonly ReleaseCandidate H264Dts = Named("Movie.2020.1080p.BluRay.DTS.x264");

    [Fact]
    public void Direct_play_first_then_remux_or_untold_audio_then_an_untold_video_codec_then_transcoding() =>
        Assert.Equal(
            [H264Aac.Id, H264Dts.Id, H264.Id, Unknown.Id, Hevc.Id, Av1.Id, XviD.Id],
            Sorted(new CodecPlayabilityComparer(Preferences(codecs: "h264")), Hevc, Av1, XviD, Unknown, H264Dts, H264, H264Aac));

    [Fact]
    public void A_codec_the_client_decodes_ties_with_H264()
    {
        var comparer = new CodecPlayabilityComparer(Preferences(codecs: "h264,hevc"));

        AssertTie(comparer, H264, Hevc);
        AssertBetter(comparer, Hevc, Av1);
    }

    [Fact]
    public void An_unknown_client_still_plays_H264() =>
        AssertBetter(new CodecPlayabilityComparer(Preferences()), H264, Hevc);

    // Release names from the parser's own tables; what the client plays; the path the release takes.
    [Theory]
    [InlineData("Movie.2020.1080p.WEB-DL.DDP5.1.H.264-GRP", "h264,aac", "remux")]
    [InlineData("Movie.2020.1080p.WEB-DL.DDP5.1.H.264-GRP", "h264,aac,eac3", "direct")]
    [InlineData("Movie.2020.1080p.WEB-DL.AAC2.0.H.264-GRP", "", "direct")]
    [InlineData("Movie.2020.2160p.WEB-DL.DDP5.1.HDR.10bit.x265-GRP", "h264,aac,eac3", "transcode")]
    [InlineData("Movie.2020.2160p.WEB-DL.DDP5.1.HDR.10bit.x265-GRP", "hevc,eac3", "direct")]
    [InlineData("Movie.2020.2160p.BluRay.TrueHD.Atmos.7.1.x265-GRP", "hevc,ac3,eac3", "remux")]
    [InlineData("Movie.2020.1080p.WEB-DL.Opus.AV1-GRP", "av1,opus", "direct")]
    [InlineData("Movie.2020.1080p.BluRay.FLAC.x264-GRP", "h264,flac", "direct")]
    [InlineData("Anime.S01E01.1080p.BluRay.Hi10P.10bit.x264.FLAC-GRP", "h264,flac", "transcode")]
    [InlineData("Movie.2020.DVDRip.XviD.AC3-GRP", "h264,hevc,av1,ac3", "transcode")]
    public void Each_release_says_how_it_would_reach_the_client(string name, string codecs, string expected)
    {
        var client = ClientProfileRequest.Parse([codecs]);

        var playback = ReleasePlayback.For(ReleaseNameParser.Parse(name), client);

        Assert.Equal(expected, playback.Path.ToString().ToLowerInvariant());
    }
}
