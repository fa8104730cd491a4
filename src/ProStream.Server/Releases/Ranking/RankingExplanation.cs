using System.Globalization;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>The short "why" shown next to a ranked release: "French audio · 1080p · WEB-DL · 812 seeders".</summary>
internal static class RankingExplanation
{
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "French", ["en"] = "English", ["de"] = "German", ["it"] = "Italian", ["es"] = "Spanish",
        ["pt"] = "Portuguese", ["ja"] = "Japanese", ["ko"] = "Korean", ["zh"] = "Chinese", ["ru"] = "Russian",
        ["nl"] = "Dutch", ["sv"] = "Swedish", ["da"] = "Danish", ["no"] = "Norwegian", ["fi"] = "Finnish",
        ["pl"] = "Polish", ["hi"] = "Hindi", ["ar"] = "Arabic", ["tr"] = "Turkish",
    };

    public static string Why(ReleaseCandidate candidate, RankingPreferences preferences)
    {
        var parsed = candidate.Parsed;
        var quality = parsed.Quality;
        var parts = new List<string>();

        if (preferences.AudioLanguages.Count > 0)
            parts.Add(LanguagePart(parsed, preferences));
        if (quality.Resolution is { } resolution)
        {
            parts.Add(resolution > preferences.MaxResolution
                ? $"{resolution}p (above {preferences.MaxResolution}p)"
                : $"{resolution}p");
        }
        if (quality.Source is { } source)
            parts.Add(source);
        if (quality.Hdr.Count > 0)
            parts.Add(string.Join('/', quality.Hdr));
        if (preferences.PlaybackOf(parsed) is { Path: Playback.Clients.PlaybackPath.Transcode, VideoCodecKnown: true })
            parts.Add($"{quality.VideoCodec} (transcoded)");
        if (SizeSanity.IsSuspiciouslySmall(candidate))
            parts.Add("suspiciously small");
        if (candidate.Seeders is { } seeders)
            parts.Add(seeders == 0 ? "no seeders" : string.Create(CultureInfo.InvariantCulture, $"{seeders} seeders"));
        return string.Join(" · ", parts);
    }

    private static string LanguagePart(ParsedRelease parsed, RankingPreferences preferences)
    {
        var carried = ReleaseAudioLanguages.Of(parsed, preferences.OriginalLanguage);
        var matched = preferences.AudioLanguages.Where(code => carried.Contains(code, StringComparer.OrdinalIgnoreCase)).ToList();
        if (matched.Count == 0)
            return $"no {Name(preferences.AudioLanguages[0])} audio";
        var names = string.Join(" + ", matched.Select(Name));
        return parsed.Multi ? $"MULTi ({names})" : $"{names} audio";
    }

    private static string Name(string code) => LanguageNames.GetValueOrDefault(code, code.ToUpperInvariant());
}
