namespace ProStream.Server.Releases.Ranking;

/// <summary>Video the client plays without transcoding first (H.264 always), then unknown codecs, then
/// codecs that need transcoding.</summary>
public sealed class CodecPlayabilityComparer(RankingPreferences preferences) : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return VideoCodecSupport.For(x.Parsed.Quality.VideoCodec, preferences)
            .CompareTo(VideoCodecSupport.For(y.Parsed.Quality.VideoCodec, preferences));
    }
}
