namespace ProStream.Server.Releases.Ranking;

/// <summary>HDR first when the client decodes HEVC or AV1 (the codecs HDR releases use); SDR first when it
/// decodes neither (HDR would be transcoded and tone-mapped); a tie when the client is unknown.</summary>
public sealed class HdrComparer(RankingPreferences preferences) : IComparer<ReleaseCandidate>
{
    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private int Score(ReleaseCandidate candidate)
    {
        if (preferences.Client is null)
            return 0;
        var clientPlaysHdr = preferences.ClientPlays("hevc") || preferences.ClientPlays("av1");
        var isHdr = candidate.Parsed.Quality.Hdr.Count > 0;
        return isHdr == clientPlaysHdr ? 0 : 1;
    }
}
