using System.Globalization;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.PeerCases;

/// <summary>One release name from a peer's test suite and the fields that peer asserts, in our vocabulary.</summary>
internal sealed record PeerCase(string Peer, string Name, IReadOnlyDictionary<string, string> Expected)
{
    public static IEnumerable<PeerCase> Load(string directory) =>
        Directory.EnumerateFiles(directory, "*.tsv").Order(StringComparer.Ordinal).SelectMany(file =>
            File.ReadLines(file)
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => line.Split('\t'))
                .Select(cells => new PeerCase(
                    Path.GetFileNameWithoutExtension(file),
                    cells[0],
                    cells.Skip(1).Select(c => c.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]))));
}

/// <summary>How each field is compared; a field is scored only for the cases whose peer asserts it.</summary>
internal static class PeerFields
{
    /// <summary>Per field: the goal of issue 11 and the floor asserted (the goal; for the fields without a goal, the
    /// accuracy reached, so that no change makes it worse unnoticed).</summary>
    public static readonly (string Field, double Goal, double Floor)[] Thresholds =
    [
        ("title", 0.95, 0.95), ("season", 0.95, 0.95), ("episodes", 0.95, 0.95), ("source", 0.95, 0.95),
        ("resolution", 0.98, 0.98), ("codec", 0.98, 0.98), ("year", 0.98, 0.98),
        ("audio", 0.95, 0.95), ("channels", 0.95, 0.95),
        ("languages", 0.90, 0.90), ("multi", 0.90, 0.90), ("subtitles", 0.90, 0.90),
        ("absolute", 0, 0.85), ("airdate", 0, 0.84), ("edition", 0, 0.53), ("proper", 0, 0.99), ("repack", 0, 0.99),
    ];

    /// <summary>True when the parse agrees with the peer on <paramref name="field"/>.</summary>
    public static bool Agrees(string field, string expected, ParsedRelease parsed) => field switch
    {
        "title" => SameTitle(expected, parsed),
        "year" => Text(parsed.Year) == expected,
        "season" => Text(parsed.Season) == expected,
        "episodes" => string.Join(',', parsed.Episodes) == expected,
        "absolute" => string.Join(',', parsed.AbsoluteEpisodes) == expected,
        "airdate" => parsed.AirDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expected,
        "resolution" => Text(parsed.Quality.Resolution) == expected,
        // A remux is a Blu-ray source; peers without a remux quality for SD/720p (Sonarr, Radarr) call it BluRay.
        "source" => parsed.Quality.Source == expected || (expected == ReleaseSource.BluRay && parsed.Quality.Source == ReleaseSource.Remux),
        "codec" => parsed.Quality.VideoCodec == expected,
        "audio" => parsed.Quality.Audio.Any(track => AudioCodec(track) == expected),
        "channels" => parsed.Quality.Audio.Any(track => track.EndsWith(" " + expected, StringComparison.Ordinal)),
        "languages" => expected.Split(',').All(parsed.Languages.Contains),
        "multi" => parsed.Multi == bool.Parse(expected),
        "subtitles" => expected.Split(',').All(parsed.Subtitles.Contains),
        "edition" => Letters(parsed.Edition) == Letters(expected),
        "proper" => (parsed.Proper || parsed.Repack) == bool.Parse(expected),
        "repack" => parsed.Repack == bool.Parse(expected),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such field"),
    };

    /// <summary>Sonarr keeps a series' year and country in its title ("Series Title (2010)", "The Series US");
    /// we keep the year in <see cref="ParsedRelease.Year"/>, and guessit drops the country: all three agree.
    /// Sonarr (and guessit for fansub names) also keep an anime's season in its title ("Show S2 - 07" → "Show S2"),
    /// where we read it into <see cref="ParsedRelease.Season"/>: the same answer when our season is that number.</summary>
    private static bool SameTitle(string expected, ParsedRelease parsed) =>
        TitleNormalizer.SameTitle(expected, parsed.Title)
        || (parsed.Year is { } year && TitleNormalizer.SameTitle(expected, $"{parsed.Title} {year}"))
        || (parsed.Season is { } season && (TitleNormalizer.SameTitle(expected, $"{parsed.Title} S{season}")
            || TitleNormalizer.SameTitle(expected, FormattableString.Invariant($"{parsed.Title} S{season:00}"))))
        || TitleNormalizer.SameTitle(WithoutCountry(expected), WithoutCountry(parsed.Title));

    private static string WithoutCountry(string title) =>
        title.EndsWith(" US", StringComparison.Ordinal) || title.EndsWith(" UK", StringComparison.Ordinal) ? title[..^3] : title;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>"EAC3 Atmos 5.1" → "EAC3"; "DTS-HD MA 7.1" → "DTS-HD MA".</summary>
    private static string AudioCodec(string track)
    {
        var words = track.Split(' ').Where(w => w != "Atmos" && !char.IsAsciiDigit(w[0]));
        return string.Join(' ', words);
    }

    /// <summary>Editions compared as letters only, in any order: "Director's Cut" = "Directors Cut".</summary>
    private static string Letters(string? text) =>
        string.Join(',', (text ?? "").Split(',').Select(part => new string([.. part.ToLowerInvariant().Where(char.IsLetterOrDigit)]))
            .Where(p => p.Length > 0).Order(StringComparer.Ordinal));
}
