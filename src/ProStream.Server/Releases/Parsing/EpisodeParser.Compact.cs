using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Season and episode written as one number: "Title.103.720p" (S01E03), "[Cap.102]".</summary>
internal static partial class EpisodeParser
{
    /// <summary>"Title.103.720p": season 1 episode 3 written as one number before the tags ("1013" = S10E13).</summary>
    private static EpisodeMarker? CompactEpisode(string name)
    {
        foreach (Match m in CompactEpisodeRegex().Matches(name))
        {
            if (Compact(m) is { } marker)
                return marker;
        }
        return null;
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
    [GeneratedRegex(@"(?<=[\p{L}\p{N}]{2}[ ._])(?!" + Year + @"(?!\d))(?<number>[1-9]\d{2,3})(?:[ ._](?<next>[1-9]\d{2,3}))?(?=[ ._-]+(?:\d{3,4}[pi]|HDTV|PDTV|SDTV|WEB|DVD|BluRay|BDRip|x26[45]|XviD|HD|REPACK|PROPER|iNTERNAL|VOSTFR|VOST)" + End + @"|$)", Options)]
    private static partial Regex CompactEpisodeRegex();
}
