using System.Globalization;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>What each comparer of the chain means in a viewer's words: what two releases share, and why one is
/// better (<see cref="Better"/>, said of the winner) or worse (<see cref="Worse"/>, said of the loser).</summary>
internal sealed class RankingWords(RankingPreferences preferences)
{
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "French", ["en"] = "English", ["de"] = "German", ["it"] = "Italian", ["es"] = "Spanish",
        ["pt"] = "Portuguese", ["ja"] = "Japanese", ["ko"] = "Korean", ["zh"] = "Chinese", ["ru"] = "Russian",
        ["nl"] = "Dutch", ["sv"] = "Swedish", ["da"] = "Danish", ["no"] = "Norwegian", ["fi"] = "Finnish",
        ["pl"] = "Polish", ["hi"] = "Hindi", ["ar"] = "Arabic", ["tr"] = "Turkish",
    };

    /// <summary>What a release shares with its neighbour on the comparers that tied: "French audio, 1080p BluRay".</summary>
    public string Shared(ReleaseCandidate candidate, IEnumerable<IComparer<ReleaseCandidate>> tied)
    {
        var parts = new List<string>();
        var quality = new List<string>();
        foreach (var comparer in tied)
        {
            switch (comparer)
            {
                case AudioLanguageComparer when preferences.AudioLanguages.Count > 0:
                    parts.Add(Language(candidate));
                    break;
                case ResolutionComparer when Resolution(candidate) is { } resolution:
                    quality.Add(resolution);
                    break;
                case SourceComparer when candidate.Parsed.Quality.Source is { } source:
                    quality.Add(source);
                    break;
                case InstantComparer when candidate.Instant == true:
                    parts.Add("instant on AllDebrid");
                    break;
            }
        }

        if (quality.Count > 0)
            parts.Insert(Math.Min(parts.Count, preferences.AudioLanguages.Count > 0 ? 1 : 0), string.Join(' ', quality));
        return string.Join(", ", parts);
    }

    public string Better(IComparer<ReleaseCandidate> decider, ReleaseCandidate winner, ReleaseCandidate loser, string reference) => decider switch
    {
        AudioLanguageComparer => $"{Language(winner)}; {reference} has {Language(loser)}",
        ResolutionComparer => $"{Resolution(winner) ?? "resolution not named"}; {reference} is {Resolution(loser) ?? "of unnamed resolution"}",
        SourceComparer => $"{winner.Parsed.Quality.Source ?? "source not named"}; {reference} is {loser.Parsed.Quality.Source ?? "of unnamed source"}",
        InstantComparer => "instant on AllDebrid",
        HdrComparer => winner.Parsed.Quality.Hdr.Count > 0
            ? $"HDR ({string.Join('/', winner.Parsed.Quality.Hdr)}); {reference} is SDR"
            : $"SDR, which this player shows as is; {reference} is HDR",
        CodecPlayabilityComparer => $"{Codec(winner)}; {reference} {Codec(loser)}",
        SizeSanityComparer => $"believable size; {reference} is suspiciously small for its resolution",
        SeedersComparer => (winner.Seeders, loser.Seeders) switch
        {
            ({ } w, { } l) when l > 0 => $"more seeders ({Count(w)} vs {Count(l)})",
            ({ } w, 0) => $"{Count(w)} seeders; {reference} has none",
            ({ } w, null) => $"{Count(w)} seeders; {reference} does not say",
            _ => $"{reference} has no seeders",
        },
        _ => $"better suited than {reference}",
    };

    public string Worse(IComparer<ReleaseCandidate> decider, ReleaseCandidate loser, ReleaseCandidate winner, string reference) => decider switch
    {
        AudioLanguageComparer => LanguageLoss(loser, winner, reference),
        ResolutionComparer => $"{Resolution(loser) ?? "resolution not named"} instead of {Resolution(winner) ?? "a named resolution"}",
        SourceComparer => $"{loser.Parsed.Quality.Source ?? "source not named"} instead of {winner.Parsed.Quality.Source ?? "a named source"}",
        InstantComparer => loser.Instant == false ? "not instant on AllDebrid" : "not known to be instant on AllDebrid",
        HdrComparer => loser.Parsed.Quality.Hdr.Count > 0 ? "HDR, which this player must tone-map" : "SDR instead of HDR",
        CodecPlayabilityComparer => Codec(loser),
        SizeSanityComparer => $"suspiciously small for {Resolution(loser)} ({Size(loser.Size)})",
        SeedersComparer => loser.Seeders switch
        {
            0 => "no seeders",
            null => "seeders not known",
            { } n => $"fewer seeders ({Count(n)} vs {Count(winner.Seeders ?? 0)})",
        },
        _ => $"less suited than {reference}",
    };

    /// <summary>"French audio", "MULTi (French + English)", "no French audio".</summary>
    public string Language(ReleaseCandidate candidate)
    {
        var matched = Matched(candidate);
        if (matched.Count == 0)
            return $"no {Name(preferences.AudioLanguages[0])} audio";
        var names = string.Join(" + ", matched.Select(Name));
        return candidate.Parsed.Multi ? $"MULTi ({names})" : $"{names} audio";
    }

    private string LanguageLoss(ReleaseCandidate loser, ReleaseCandidate winner, string reference)
    {
        var (lost, won) = (Matched(loser), Matched(winner));
        if (lost.Count == 0)
            return $"no {Name(won[0])} audio";
        return lost[0] != won[0] ? $"{Name(lost[0])} audio, not {Name(won[0])}" : $"{Language(loser)} where {reference} has {Language(winner)}";
    }

    private List<string> Matched(ReleaseCandidate candidate)
    {
        var carried = ReleaseAudioLanguages.Of(candidate.Parsed, preferences.OriginalLanguage);
        return [.. preferences.AudioLanguages.Where(code => carried.Contains(code, StringComparer.OrdinalIgnoreCase))];
    }

    /// <summary>"H.264 plays directly", "audio converted", "needs transcoding (H.265)", "does not name its video codec".</summary>
    private string Codec(ReleaseCandidate candidate)
    {
        var codec = candidate.Parsed.Quality.VideoCodec;
        var playback = preferences.PlaybackOf(candidate.Parsed);
        return playback switch
        {
            { VideoCodecKnown: false } => "does not name its video codec",
            { Path: Playback.Clients.PlaybackPath.Transcode } => $"needs transcoding for this player ({codec})",
            { Path: Playback.Clients.PlaybackPath.Remux } => $"{codec} plays directly, audio converted",
            _ => $"{codec} plays directly",
        };
    }

    private static string? Resolution(ReleaseCandidate candidate) =>
        candidate.Parsed.Quality.Resolution is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r}p") : null;

    private static string Name(string code) => LanguageNames.GetValueOrDefault(code, code.ToUpperInvariant());

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MB");
}
