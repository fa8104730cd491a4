using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class HdrComparerTests
{
    private static readonly ReleaseCandidate Hdr = Named("Movie.2020.2160p.WEB-DL.HDR.HEVC");
    private static readonly ReleaseCandidate DolbyVision = Named("Movie.2020.2160p.WEB-DL.DV.HEVC");
    private static readonly ReleaseCandidate Sdr = Named("Movie.2020.2160p.WEB-DL.HEVC");

    [Theory]
    [InlineData("h264,hevc")]
    [InlineData("h264,av1")]
    [InlineData("HEVC")]
    public void Prefers_HDR_when_the_client_decodes_HEVC_or_AV1(string codecs)
    {
        var comparer = new HdrComparer(Preferences(codecs: codecs));

        AssertBetter(comparer, Hdr, Sdr);
        AssertBetter(comparer, DolbyVision, Sdr);
    }

    [Fact]
    public void Prefers_SDR_when_the_client_decodes_only_H264() =>
        AssertBetter(new HdrComparer(Preferences(codecs: "h264")), Sdr, Hdr);

    [Fact]
    public void Ties_when_the_client_is_unknown() =>
        AssertTie(new HdrComparer(Preferences()), Hdr, Sdr);
}
