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

    [Fact]
    public void H264_is_always_playable_unknown_comes_next_then_codecs_needing_transcoding() =>
        Assert.Equal(
            [H264.Id, Unknown.Id, Hevc.Id, Av1.Id, XviD.Id],
            Sorted(new CodecPlayabilityComparer(Preferences(codecs: "h264")), Hevc, Av1, XviD, Unknown, H264));

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
}
