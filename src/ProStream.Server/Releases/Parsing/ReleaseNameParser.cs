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
    private const int MinYear = 1888;
    private const int MaxNameLength = 512;

    public static ParsedRelease Parse(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var name = title.Trim();
        // Release names are short; a longer text is not a release name, and parsing a bounded length keeps the cost bounded.
        return ParseName(name.Length > MaxNameLength ? name[..MaxNameLength] : name);
    }

    private static ParsedRelease ParseName(string name)
    {
        var isArchive = ArchiveRegex().IsMatch(name);
        var isSample = SampleRegex().IsMatch(name);
        var isDiscFile = false;
        var isSubtitleFile = false;

        var extension = ExtensionRegex().Match(name);
        // Upper-case ".TS" ends many telesync names; only a lower-case ".ts" is a file extension.
        if (extension.Success && extension.Groups["ext"].Value != "TS")
        {
            isDiscFile = extension.Groups["ext"].Value.ToLowerInvariant() is "iso" or "img";
            isSubtitleFile = extension.Groups["ext"].Value.ToLowerInvariant() is "srt" or "ass" or "ssa" or "sub" or "vtt";
            name = name[..extension.Index];
        }

        name = WebsitePrefixRegex().Replace(name, "", 1);
        name = SampleSuffixRegex().Replace(name, "", 1);
        name = NamePrefix.WithoutBonusMarkers(name);
        var (group, body) = SplitGroup(name);
        // Some indexers separate every word with '-': then '-' is the separator, not part of words like "Spider-Man".
        if (body.IndexOfAny([' ', '.', '_']) < 0)
            body = body.Replace('-', '.');

        var fansub = group is not null && name.StartsWith('[');
        body = fansub ? WithoutLeadingBrackets(body) : NamePrefix.MoveLeadingTags(body);
        body = NamePrefix.LatinTitle(body);
        var leading = EpisodeParser.Leading(body, fansub);
        if (leading is not null)
            body = body[leading.Index..];

        var tokens = ReleaseTokens.Of(body);
        var matches = TagScanner.Scan(body, tokens);
        var episode = EpisodeParser.Parse(body, fansub) ?? (leading is null ? null : EpisodeParser.TitleEndAfterLeading(body, leading));
        var strongTag = matches.Find(m => m.Tag.Strong && m.Start > 0) is { Count: > 0 } strong ? strong.Start : body.Length;
        var barrier = Math.Min(episode?.Index ?? body.Length, strongTag);
        // "[Group] Naruto [v2] [R2J] [Dual Audio]": after a fansub group, the title ends at the first bracket of tags
        // ("[Group] Some Show [Anime] - 01" keeps its bracket).
        if (fansub && FirstTagBracket(body) is > 0 and var bracket)
            barrier = Math.Min(barrier, bracket);
        var yearMatch = YearRegex().Matches(body[..barrier]).LastOrDefault(m => m.Index > 0 && IsYear(m.Value));
        var titleEnd = yearMatch is null ? barrier : BeforeParenthesis(body, yearMatch.Index);

        var (title, tagsStart) = ReleaseTitle.Extract(body, titleEnd, endsAtYear: yearMatch is not null,
            endsAtEpisode: yearMatch is null && episode is not null && episode.Index == barrier);
        var year = yearMatch ?? YearRegex().Matches(body[barrier..]).FirstOrDefault(m => IsYear(m.Value));
        var tags = ReleaseTags.Read(body, matches, tagsStart, isEpisodic: episode is not null);
        var quality = tags.Quality;
        if (isDiscFile)
            quality = quality with { Source = ReleaseSource.DiscImage };

        return new ParsedRelease
        {
            Title = title,
            // "Show.S2014E18", "Show 1940x01": a season numbered by its year.
            Year = year is null ? (episode?.Season is >= MinYear and <= MaxYear ? episode.Season : null) : int.Parse(year.ValueSpan, provider: null),
            Quality = quality,
            // The language of a subtitle file ("Show.S01E01.eng.srt") is the language of its subtitles.
            Languages = isSubtitleFile ? [] : tags.Languages,
            Multi = tags.Multi,
            Subtitles = isSubtitleFile ? [.. tags.Subtitles.Union(tags.Languages)] : tags.Subtitles,
            Season = episode?.Season,
            Seasons = episode?.Seasons ?? [],
            Episodes = episode?.Episodes ?? [],
            AbsoluteEpisodes = episode?.AbsoluteEpisodes ?? [],
            AirDate = episode?.AirDate,
            Edition = tags.Edition,
            Proper = tags.Proper,
            Repack = tags.Repack,
            Group = group,
            IsSample = isSample,
            Is3D = tags.Is3D,
            IsDiscImage = isDiscFile || quality.Source == ReleaseSource.DiscImage,
            IsArchive = isArchive,
        };
    }

    private static int FirstTagBracket(string body)
    {
        for (var open = body.IndexOf('[', 1); open > 0; open = body.IndexOf('[', open + 1))
        {
            var close = body.IndexOf(']', open);
            if (close < 0)
                return -1;
            if (NamePrefix.IsTags(body[(open + 1)..close]))
                return open;
        }
        return -1;
    }

    /// <summary>"Easy Rider (Drama 1969)", "Mise à Sac (Alain Cavalier, 1967)": words before the year inside the
    /// parentheses describe the film; the title ends at the parenthesis.</summary>
    private static int BeforeParenthesis(string body, int year)
    {
        var open = body.LastIndexOf('(', year - 1);
        if (open <= 0 || body.IndexOf(')', open, year - open) >= 0)
            return year;
        return body.AsSpan(open, year - open).ContainsAnyExcept(" ._-,(/") ? open : year;
    }

    /// <summary>"[Group]_[F-B]_Title", "[Group] [BD][1080p] Title": more bracketed groups or tags before the title.
    /// Tags move behind the title, where they are read; other groups are dropped.</summary>
    private static string WithoutLeadingBrackets(string body)
    {
        var moved = "";
        while (LeadingBracketsRegex().Match(body) is { Success: true } brackets && brackets.Length < body.Length)
        {
            if (NamePrefix.IsTags(brackets.Groups["inner"].Value))
                moved = string.Concat(moved, " ", brackets.Value.TrimEnd(' ', '.', '_'));
            body = body[brackets.Length..];
        }
        return body + moved;
    }

    /// <summary>A leading "[Group]" (fansub style) or a trailing "-GROUP" (scene style). A leading bracket of tags
    /// ("[h265 - HEVC] Title") is no group: it moves behind the title.</summary>
    private static (string? Group, string Body) SplitGroup(string name)
    {
        var leading = LeadingGroupRegex().Match(name);
        if (leading.Success && NamePrefix.IsTags(leading.Groups["group"].Value))
            return (null, string.Concat(name.AsSpan(leading.Length), " ", leading.Value.TrimEnd(' ', '.', '_')));
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
        && !EpisodeLikeRegex().IsMatch(candidate)
        && !NotGroups.Contains(candidate)
        && !(TagVocabulary.Words.TryGetValue(candidate.ToUpperInvariant(), out var tag) && (tag.Strong || tag.Kind is TagKind.Language or TagKind.Multi));

    private static bool IsYear(string text) => int.Parse(text, provider: null) is >= MinYear and <= MaxYear;

    [GeneratedRegex(@"\.(?<ext>mkv|mp4|m4v|avi|webm|ts|m2ts|mov|wmv|mpg|mpeg|iso|img|rar|zip|7z|torrent|nfo|srt|ass|ssa|sub|vtt)$", Options)]
    private static partial Regex ExtensionRegex();

    // "[www.site.org]", "www.site.org - ", "Site4TV.com - ".
    [GeneratedRegex(@"^(?:\[\s*(?:www\.)?[^\]\s]+\.[a-z]{2,4}\s*\]|www\.[^\s]+?\.[a-z]{2,4}(?=[ ._-])|[\p{L}\p{N}-]+\.(?:com|net|org|tv|to|cc|me|info)(?=[ ]-[ ]))[ ._-]*", Options)]
    private static partial Regex WebsitePrefixRegex();

    [GeneratedRegex(@"[ ._-]sample$", Options)]
    private static partial Regex SampleSuffixRegex();

    [GeneratedRegex(@"^\[(?<inner>[^\]\[]*)\][ ._]*", Options)]
    private static partial Regex LeadingBracketsRegex();

    [GeneratedRegex(@"^\[(?<group>[^\]]+)\][ ._]*", Options)]
    private static partial Regex LeadingGroupRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}\]\)])-(?<group>[\p{L}\p{N}_]+)(?:[ ._]*\[[^\]]*\])*$", Options)]
    private static partial Regex TrailingGroupRegex();

    [GeneratedRegex(Start + @"(?:19|20)\d{2}" + End, Options)]
    private static partial Regex YearRegex();

    // "Show.S01E91-E100": the last episode of a range, not a group.
    [GeneratedRegex(@"^(?:E\d{1,4}|S\d{1,4}(?:E\d{1,4})?|\d{1,4}x\d{1,4})$", Options)]
    private static partial Regex EpisodeLikeRegex();

    [GeneratedRegex(Start + "(?:RAR|ZIP|7z)" + End, Options)]
    private static partial Regex ArchiveRegex();

    [GeneratedRegex(Start + "sample" + End, Options)]
    private static partial Regex SampleRegex();
}
