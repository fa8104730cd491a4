namespace ProStream.Server.Releases.Ranking;

/// <summary>What the client plays as is first: direct play, then remux (video copied, audio re-encoded), then
/// releases whose name does not say the video codec, then those whose video must be transcoded
/// (<see cref="ReleasePlayback"/>, the rule sessions apply too).</summary>
public sealed class CodecPlayabilityComparer(RankingPreferences preferences) : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return preferences.PlaybackOf(x.Parsed).Score.CompareTo(preferences.PlaybackOf(y.Parsed).Score);
    }
}
