using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>What the viewer (and their player) want.</summary>
public sealed record RankingPreferences
{
    public static readonly RankingPreferences None = new();

    /// <summary>Preferred audio languages, ISO 639-1, most wanted first. Empty: language does not matter.</summary>
    public IReadOnlyList<string> AudioLanguages { get; init; } = [];

    /// <summary>Highest vertical resolution wanted (e.g. 1080); releases above it are rejected (<see cref="ResolutionLimit"/>). Null: no limit.</summary>
    public int? MaxResolution { get; init; }

    /// <summary>What the viewer's player plays. Null: an unknown client (judged as <see cref="ClientProfile.Default"/>,
    /// and HDR does not matter).</summary>
    public ClientProfile? Client { get; init; }

    /// <summary>Original language of the film or series (TMDB <c>original_language</c>), when known. Untagged
    /// releases are assumed to carry it; without it they are assumed English.</summary>
    public string? OriginalLanguage { get; init; }

    internal bool ClientPlays(string codec) => (Client ?? ClientProfile.Default).Codecs.Contains(codec);

    internal ReleasePlayback PlaybackOf(ParsedRelease release) => ReleasePlayback.For(release, Client ?? ClientProfile.Default);
}
