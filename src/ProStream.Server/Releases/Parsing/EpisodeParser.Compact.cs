using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Season and episode written as one number: "Title.103.720p" (S01E03), "[Cap.102]".</summary>
internal static partial class EpisodeParser
{
    /// <summary>"Title.103.720p": season 1 episode 3 written as one number before the tags ("1013" = S10E13).</summary>
    private static EpisodeMarker? CompactEpisode(string name)
    {
        // One match at a time: "The.100.109.HDTV" is not S01E00 followed by 109, but "The 100" episode 109.
        for (var m = CompactEpisodeRegex().Match(name); m.Success; m = CompactEpisodeRegex().Match(name, m.Index + 1))
        {
            if (Compact(m) is { } marker)
                return marker;
        }
        return null;
    }

    /// <summary>Five or six digits before the tags: "Series.10708" is S01E07E08, "E.010910" S01E09E10 (consecutive
    /// episodes); otherwise six digits are a daily show's date, "Show.140722" 2014-07-22.</summary>
    private static EpisodeMarker? CompactRun(string name)
    {
        var m = CompactRunRegex().Match(name);
        if (!m.Success)
            return null;
        var digits = m.ValueSpan;
        var season = int.Parse(digits[..^4], provider: null);
        var (first, second) = (int.Parse(digits[^4..^2], provider: null), int.Parse(digits[^2..], provider: null));
        if (season > 0 && first > 0 && second == first + 1)
            return new EpisodeMarker(m.Index, season, [season], [first, second]);
        if (digits.Length != 6)
            return null;
        var (year, month, day) = (2000 + season, first, second);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new EpisodeMarker(m.Index, null, [], []) { AirDate = new DateOnly(year, month, day) }
            : null;
    }

    /// <summary>"Title [Cap.102]": Spanish releases write season and episode as one number after "Cap".</summary>
    private static EpisodeMarker? CapEpisode(string name)
    {
        var m = CapEpisodeRegex().Match(name);
        if (!m.Success || Compact(m) is not { } marker)
            return null;
        // "Show - Temporada 2 [HDTV][Cap.201]": the title ends at the season word.
        var season = SingleSeasonRegex().Match(name);
        return season.Success && season.Index < marker.Index ? marker with { Index = season.Index } : marker;
    }

    private static EpisodeMarker? Compact(Match m)
    {
        var number = m.Groups["number"].Value;
        var season = int.Parse(number.AsSpan(0, number.Length - 2), provider: null);
        var episode = int.Parse(number.AsSpan(number.Length - 2), provider: null);
        if (season == 0 || episode == 0)
            return null;
        var episodes = new List<int> { episode };
        if (m.Groups["next"].Success && m.Groups["next"].Value is var next && int.Parse(next.AsSpan(0, next.Length - 2), provider: null) == season)
            episodes.Add(int.Parse(next.AsSpan(next.Length - 2), provider: null));
        return new EpisodeMarker(m.Index, season, [season], episodes);
    }

    // "Title.103.720p", "Title.103.104.HDTV": three or four digits (not a year) right before a quality tag or the end.
    [GeneratedRegex(@"(?<=Cap[ .]{0,2}|\[)(?<number>[1-9]\d{2,3})(?=\]|(?<!\[\d+)(?!\d))", Options)]
    private static partial Regex CapEpisodeRegex();

    // Not after a single letter: "H.264" is a codec.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}]{2}[ ._])(?!" + Year + @"(?!\d))(?<number>[1-9]\d{2,3}|0[1-9]\d\d)(?:[ ._](?<next>[1-9]\d{2,3}))?(?=[ ._-]+(?:\d{3,4}[pi]|HDTV|PDTV|SDTV|WEB|DVD|BluRay|BDRip|x26[45]|XviD|HD|REPACK|PROPER|iNTERNAL|VOSTFR|VOST)" + End + @"|$)", Options)]
    private static partial Regex CompactEpisodeRegex();

    // Written on to a glued tag: "E.010910.HDTVx264REPACKLOL".
    [GeneratedRegex(@"(?<=\p{L}[ ._])\d{5,6}(?=[ ._-]+(?:\d{3,4}[pi]|HDTV|PDTV|SDTV|WEB|DVD|BluRay|x26[45]|XviD)|$)", Options)]
    private static partial Regex CompactRunRegex();
}
