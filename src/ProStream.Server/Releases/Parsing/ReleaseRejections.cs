using System.Globalization;
using System.Text.RegularExpressions;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Junk and mismatch filter for parsed releases. An empty list means "acceptable".</summary>
public static partial class ReleaseRejections
{
    public static IReadOnlyList<Rejection> Evaluate(ParsedRelease release, ReleaseExpectations? expected = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var rejections = new List<Rejection>();
        if (ReleaseSource.IsLowQuality(release.Quality.Source))
            rejections.Add(new(RejectionCodes.LowQuality, $"{release.Quality.Source} is a cinema recording or a pre-release copy"));
        if (release.IsSample)
            rejections.Add(new(RejectionCodes.Sample, "a sample, not the whole video"));
        if (release.IsDiscImage)
            rejections.Add(new(RejectionCodes.DiscImage, "a disc image (ISO, BDMV, VIDEO_TS) cannot be streamed"));
        if (release.IsArchive)
            rejections.Add(new(RejectionCodes.Archive, "packed in an archive (RAR/ZIP)"));
        if (release.Is3D)
            rejections.Add(new(RejectionCodes.ThreeD, "a 3D release"));
        if (expected is null)
            return rejections;

        // A daily show's only year is often its air date's ("Talk.Show.2019.01.10"), years after the show began.
        if (expected.Year is { } year && release.Year is { } releaseYear && Math.Abs(releaseYear - year) > 1 && release.AirDate?.Year != releaseYear)
            rejections.Add(new(RejectionCodes.WrongYear, $"released {releaseYear}, expected {year}"));
        if (!MatchesTitle(release.Title, expected))
            rejections.Add(new(RejectionCodes.WrongTitle, $"\"{release.Title}\" is not \"{expected.Title ?? expected.OriginalTitle}\""));
        if (WrongEpisodeReason(release, expected) is { } reason)
            rejections.Add(new(RejectionCodes.WrongEpisode, reason));
        return rejections;
    }

    private static bool MatchesTitle(string releaseTitle, ReleaseExpectations expected)
    {
        string[] titles = [.. new[] { expected.Title, expected.OriginalTitle }.OfType<string>().Where(t => t.Length > 0)];
        if (titles.Length == 0 || releaseTitle.Length == 0)
            return true;
        // Release names add a country ("The Office US") or the year ("Doctor Who 2005") to tell remakes apart.
        var withoutSuffix = TitleSuffixRegex().Replace(releaseTitle, "");
        return titles.Select(t => TitleSuffixRegex().Replace(t, ""))
            .Any(t => TitleNormalizer.SameTitle(t, releaseTitle) || TitleNormalizer.SameTitle(t, withoutSuffix));
    }

    /// <summary>A season pack that contains the asked season is right: the file chooser picks the episode inside it.</summary>
    private static string? WrongEpisodeReason(ParsedRelease release, ReleaseExpectations expected)
    {
        if (expected.AirDate is { } airDate && release.AirDate is { } releaseDate)
            return releaseDate == airDate ? null : $"aired {releaseDate:yyyy-MM-dd}, expected {airDate:yyyy-MM-dd}";
        if (expected.AbsoluteEpisode is { } absolute && release.Season is null && release.AbsoluteEpisodes.Count > 0)
        {
            return release.AbsoluteEpisodes.Contains(absolute)
                ? null
                : $"episode {Describe(release.AbsoluteEpisodes)}, expected episode {absolute} (counted from the first)";
        }
        if (expected.Season is not { } season)
            return null;
        if (release.Seasons.Count > 0 && !release.Seasons.Contains(season))
            return $"season {Describe(release.Seasons)}, expected season {season}";
        // Without a season (anime absolute numbering) the episode number cannot be compared.
        if (release.Season is null || expected.Episode is not { } episode || release.Episodes.Count == 0)
            return null;
        return release.Episodes.Contains(episode)
            ? null
            : $"episode {Describe(release.Episodes)}, expected episode {episode}";
    }

    private static string Describe(IReadOnlyList<int> numbers) =>
        string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"[ ._(\[]+(?:US|UK|AU|NZ|CA|(?:19|20)\d\d)[)\]]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleSuffixRegex();
}
