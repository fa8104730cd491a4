using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>Remux > BluRay > WEB-DL > WEBRip > HDTV > DVD > unknown > disc image > screener, telecine,
/// telesync, cam.</summary>
public sealed class SourceComparer : IComparer<ReleaseCandidate>
{
    private static readonly string?[] BestFirst =
    [
        ReleaseSource.Remux, ReleaseSource.BluRay, ReleaseSource.WebDl, ReleaseSource.WebRip, ReleaseSource.Hdtv,
        ReleaseSource.Dvd, null, ReleaseSource.DiscImage, ReleaseSource.Screener, ReleaseSource.Telecine,
        ReleaseSource.Telesync, ReleaseSource.Cam,
    ];

    public int Compare(ReleaseCandidate? x, ReleaseCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Score(x).CompareTo(Score(y));
    }

    private static int Score(ReleaseCandidate candidate) => Array.IndexOf(BestFirst, candidate.Parsed.Quality.Source) switch
    {
        -1 => Array.IndexOf(BestFirst, null),
        var index => index,
    };
}
