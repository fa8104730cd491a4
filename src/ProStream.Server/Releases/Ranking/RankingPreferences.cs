namespace ProStream.Server.Releases.Ranking;

/// <summary>What the viewer (and their player) want.</summary>
public sealed record RankingPreferences
{
    public static readonly RankingPreferences None = new();

    /// <summary>Preferred audio languages, ISO 639-1, most wanted first. Empty: language does not matter.</summary>
    public IReadOnlyList<string> AudioLanguages { get; init; } = [];

    /// <summary>Highest vertical resolution wanted (e.g. 1080); releases above it are rejected (<see cref="ResolutionLimit"/>). Null: no limit.</summary>
    public int? MaxResolution { get; init; }

    /// <summary>Video codecs the client decodes without transcoding: "h264", "hevc", "av1", "vp9".
    /// Empty: unknown client (only H.264 is taken as playable, HDR does not matter).</summary>
    public IReadOnlySet<string> ClientVideoCodecs { get; init; } = new HashSet<string>();

    /// <summary>Original language of the film or series (TMDB <c>original_language</c>), when known. Untagged
    /// releases are assumed to carry it; without it they are assumed English.</summary>
    public string? OriginalLanguage { get; init; }

    internal bool ClientPlays(string codecId) =>
        codecId == "h264" || ClientVideoCodecs.Any(c => string.Equals(c, codecId, StringComparison.OrdinalIgnoreCase));
}
