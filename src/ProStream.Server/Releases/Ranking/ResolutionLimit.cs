using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>The viewer's maximum resolution is a limit: a release above it is rejected, not ranked low.
/// A release that does not name its resolution is not rejected.</summary>
public static class ResolutionLimit
{
    public const string RejectionCode = "above-max-resolution";

    public static Rejection? Check(ParsedRelease release, RankingPreferences preferences) =>
        release.Quality.Resolution is { } resolution && resolution > preferences.MaxResolution
            ? new Rejection(RejectionCode, $"{resolution}p is above your maximum resolution ({preferences.MaxResolution}p)")
            : null;
}
