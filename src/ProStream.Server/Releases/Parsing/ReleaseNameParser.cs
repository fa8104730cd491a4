using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>
/// Parses scene/P2P release names ("Dune.Part.Two.2024.MULTi.VFF.2160p.UHD.BluRay.REMUX…-GROUP",
/// "[SubsPlease] Frieren - 12 (1080p) [ABCD1234].mkv"). Pure and total: never throws on odd input.
/// </summary>
/// <remarks>
/// The title ends at the earliest of: the year, the season/episode marker, an unambiguous quality tag
/// (1080p, BluRay, x264…). Words that are also tags (FRENCH, CAM, WEB, PROPER…) are then peeled off
/// the end of the title, so "The.French.Dispatch.2021" keeps its title while "Movie.FRENCH.2019" does not.
/// Quality and languages are read only after the title, so a film called "Cam" is not a camera copy.
/// </remarks>
public static partial class ReleaseNameParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A year above this is part of a title ("Blade Runner 2049"), not a release year.
    private const int MaxYear = 2039;
    private const int MinYear = 1900;

    public static ParsedRelease Parse(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        try
        {
            return ParseName(title.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return new ParsedRelease { Title = title.Trim() };
        }
    }

    private static ParsedRelease ParseName(string name)
    {
        var isArchive = ArchiveRegex().IsMatch(name);
        var isSample = SampleRegex().IsMatch(name);
        var isDiscFile = false;

        var extension = ExtensionRegex().Match(name);
        // Upper-case ".TS" ends many telesync names; only a lower-case ".ts" is a file extension.
        if (extension.Success && extension.Groups["ext"].Value != "TS")
        {
            isDiscFile = extension.Groups["ext"].Value.ToLowerInvariant() is "iso" or "img";
            name = name[..extension.Index];
        }

        name = WebsitePrefixRegex().Replace(name, "", 1);
        name = SampleSuffixRegex().Replace(name, "", 1);
        var (group, body) = SplitGroup(name);
        // Some indexers separate every word with '-': then '-' is the separator, not part of words like "Spider-Man".
        if (body.IndexOfAny([' ', '.', '_']) < 0)
            body = body.Replace('-', '.');

        var episode = EpisodeParser.Parse(body);
        var strongTag = FirstMatchAfterStart(StrongTagRegex(), body);
        var barrier = Math.Min(episode?.Index ?? body.Length, strongTag ?? body.Length);
        var yearMatch = YearRegex().Matches(body[..barrier]).LastOrDefault(m => m.Index > 0 && IsYear(m.Value));
        var titleEnd = yearMatch?.Index ?? barrier;

        var (title, tagsStart) = ReleaseTitle.Extract(body, titleEnd, endsAtYear: yearMatch is not null);
        var tags = body[tagsStart..];
        var year = yearMatch ?? YearRegex().Matches(body[barrier..]).FirstOrDefault(m => IsYear(m.Value));
        var (languages, multi, subtitles) = LanguageParser.Parse(tags);
        var quality = QualityParser.Parse(tags, isEpisodic: episode is not null);
        if (isDiscFile && quality.Source is null)
            quality = quality with { Source = ReleaseSource.DiscImage };

        return new ParsedRelease
        {
            Title = title,
            Year = year is null ? null : int.Parse(year.ValueSpan, provider: null),
            Quality = quality,
            Languages = languages,
            Multi = multi,
            Subtitles = subtitles,
            Season = episode?.Season,
            Seasons = episode?.Seasons ?? [],
            Episodes = episode?.Episodes ?? [],
            Proper = ProperRegex().IsMatch(tags),
            Repack = RepackRegex().IsMatch(tags),
            Group = group,
            IsSample = isSample,
            Is3D = ThreeDRegex().IsMatch(tags),
            IsDiscImage = isDiscFile || quality.Source == ReleaseSource.DiscImage,
            IsArchive = isArchive,
        };
    }

    /// <summary>A leading "[Group]" (fansub style) or a trailing "-GROUP" (scene style).</summary>
    private static (string? Group, string Body) SplitGroup(string name)
    {
        var leading = LeadingGroupRegex().Match(name);
        if (leading.Success)
            return (leading.Groups["group"].Value.Trim(), name[leading.Length..]);

        var trailing = TrailingGroupRegex().Match(name);
        if (trailing.Success && IsGroupName(trailing.Groups["group"].Value))
            return (trailing.Groups["group"].Value, name[..trailing.Index]);
        return (null, name);
    }

    private static readonly HashSet<string> NotGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "DL", "RIP", "HD", "SD", "MA", "X", "ES", "AUDIO", "SUB", "SUBS", "LANG", "RAY", "TS", "CAM", "SBS", "OU",
    };

    private static bool IsGroupName(string candidate) =>
        !candidate.All(char.IsAsciiDigit)
        && !NotGroups.Contains(candidate)
        && !StrongTagRegex().IsMatch(candidate)
        && !LanguageParser.IsLanguageToken(candidate);

    private static int? FirstMatchAfterStart(Regex regex, string text)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (m.Index > 0)
                return m.Index;
        }
        return null;
    }

    private static bool IsYear(string text) => int.Parse(text, provider: null) is >= MinYear and <= MaxYear;

    [GeneratedRegex(@"\.(?<ext>mkv|mp4|m4v|avi|webm|ts|m2ts|mov|wmv|mpg|mpeg|iso|img|rar|zip|7z|torrent|nfo|srt)$", Options, TimeoutMs)]
    private static partial Regex ExtensionRegex();

    [GeneratedRegex(@"^(?:\[\s*(?:www\.)?[^\]\s]+\.[a-z]{2,4}\s*\]|www\.[^\s]+?\.[a-z]{2,4}(?=[ ._-]))[ ._-]*", Options, TimeoutMs)]
    private static partial Regex WebsitePrefixRegex();

    [GeneratedRegex(@"[ ._-]sample$", Options, TimeoutMs)]
    private static partial Regex SampleSuffixRegex();

    [GeneratedRegex(@"^\[(?<group>[^\]]+)\][ ._]*", Options, TimeoutMs)]
    private static partial Regex LeadingGroupRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}\]\)])-(?<group>[\p{L}\p{N}_]+)(?:[ ._]*\[[^\]]*\])*$", Options, TimeoutMs)]
    private static partial Regex TrailingGroupRegex();

    [GeneratedRegex(Start + @"(?:19|20)\d{2}" + End, Options, TimeoutMs)]
    private static partial Regex YearRegex();

    // Tags that never appear in a title; words that may (CAM, WEB, FRENCH…) are peeled off by ReleaseTitle instead.
    [GeneratedRegex(Start + @"(?:(?:2160|1080|720|576|480)[pi]|\d{3,4}x\d{3,4}|4K|UHD|REMUX|BLU" + Sep + @"RAY|B[DR]" + Sep + @"RIP|WEB" + Sep + @"(?:DL|RIP)" +
        @"|HD" + Sep + @"RIP|(?:HD|PD)TV|DVD" + Sep + @"RIP|DVDSCR|SCREENER|HDCAM|CAMRIP|HDTS|TELESYNC|TELECINE|[xh]" + Sep + @"26[45]|HEVC|AVC|XviD|DivX|AV1" +
        @"|HDR(?:10)?\+?|DoVi|(?:8|10|12)" + Sep + @"bits?|TrueHD|DTS(?:" + Sep + @"HD)?|E?AC" + Sep + @"3|DDP?(?:[1-9]\.[0-2])?|AAC(?:[1-9]\.[0-2])?|FLAC|Atmos" +
        @"|BD(?:25|50|66|100)|DVD[59]|BDMV|VIDEO[ ._-]TS)(?![\p{L}\p{N}])", Options, TimeoutMs)]
    private static partial Regex StrongTagRegex();

    [GeneratedRegex(Start + "PROPER" + End, Options, TimeoutMs)]
    private static partial Regex ProperRegex();

    [GeneratedRegex(Start + "(?:REPACK|RERIP)" + End, Options, TimeoutMs)]
    private static partial Regex RepackRegex();

    [GeneratedRegex(Start + "(?:3D|H" + Sep + "SBS|H" + Sep + "OU|Half" + Sep + "(?:SBS|OU)|SBS|MVC)" + End, Options, TimeoutMs)]
    private static partial Regex ThreeDRegex();

    [GeneratedRegex(Start + "(?:RAR|ZIP|7z)" + End, Options, TimeoutMs)]
    private static partial Regex ArchiveRegex();

    [GeneratedRegex(Start + "sample" + End, Options, TimeoutMs)]
    private static partial Regex SampleRegex();
}
