namespace ProStream.Server.Releases.Ranking;

/// <summary>Flags releases far too small for their resolution (fakes, or encodes too starved to watch).</summary>
internal static class SizeSanity
{
    private const long MiB = 1024 * 1024;

    public static bool IsSuspiciouslySmall(ReleaseCandidate candidate)
    {
        var parsed = candidate.Parsed;
        if (candidate.Size <= 0 || parsed.Quality.Resolution is not { } resolution || parsed.IsSeasonPack)
            return false;
        var minimum = parsed.Episodes.Count > 0
            ? MinimumEpisodeSize(resolution) * parsed.Episodes.Count
            : MinimumFilmSize(resolution);
        return candidate.Size < minimum;
    }

    private static long MinimumFilmSize(int resolution) => resolution switch
    {
        >= 2160 => 2048 * MiB,
        >= 1080 => 700 * MiB,
        >= 720 => 400 * MiB,
        _ => 200 * MiB,
    };

    private static long MinimumEpisodeSize(int resolution) => resolution switch
    {
        >= 2160 => 500 * MiB,
        >= 1080 => 200 * MiB,
        >= 720 => 100 * MiB,
        _ => 50 * MiB,
    };
}
