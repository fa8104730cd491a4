using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Where a name says which season(s) and episode(s) it holds; <see cref="Index"/> is where the
/// marker starts, which is also where the title ends.</summary>
internal sealed record EpisodeMarker(int Index, int? Season, IReadOnlyList<int> Seasons, IReadOnlyList<int> Episodes);

/// <summary>Season/episode markers, tried from the most to the least specific form; the first form found wins.</summary>
internal static partial class EpisodeParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MaxEpisodesInRange = 200;

    public static EpisodeMarker? Parse(string name) =>
        SeasonEpisode(name) ?? CrossEpisode(name) ?? SeasonRange(name) ?? SingleSeason(name)
        ?? AnimeAbsolute(name) ?? BareEpisode(name);

    /// <summary>S01E02, S01E02E03, S01E02-E04, S01E02-04, "Season 1 Episode 2".</summary>
    private static EpisodeMarker? SeasonEpisode(string name)
    {
        var m = SeasonEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var season = ToInt(m.Groups["season"]);
        var episodes = new List<int> { ToInt(m.Groups["episode"]) };
        var rest = name.AsSpan(m.Index + m.Length);
        // Follow-on episodes are matched one at a time so that "E02-E04" (a range) and "E02E04" (a list) stay distinct.
        while (ContinuationRegex().Match(rest.ToString()) is { Success: true } next)
        {
            var number = ToInt(next.Groups["episode"]);
            var last = episodes[^1];
            if (number <= last || number - last > MaxEpisodesInRange)
                break;
            if (next.Groups["range"].Success)
                episodes.AddRange(Enumerable.Range(last + 1, number - last));
            else
                episodes.Add(number);
            rest = rest[next.Length..];
        }
        return new EpisodeMarker(m.Index, season, [season], episodes);
    }

    /// <summary>1x02, 01x02, 1x02-1x03.</summary>
    private static EpisodeMarker? CrossEpisode(string name)
    {
        var m = CrossEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var season = ToInt(m.Groups["season"]);
        var first = ToInt(m.Groups["episode"]);
        var episodes = m.Groups["last"].Success && ToInt(m.Groups["last"]) is var last && last > first && last - first <= MaxEpisodesInRange
            ? Enumerable.Range(first, last - first + 1).ToList()
            : [first];
        return new EpisodeMarker(m.Index, season, [season], episodes);
    }

    /// <summary>S01-S03, S01-03, "Seasons 1-3", "Saisons 1 à 3".</summary>
    private static EpisodeMarker? SeasonRange(string name)
    {
        var m = SeasonRangeRegex().Match(name);
        if (!m.Success)
            return null;
        var first = ToInt(m.Groups["first"]);
        var last = ToInt(m.Groups["last"]);
        if (last <= first || last - first > 50)
            return null;
        return new EpisodeMarker(m.Index, first, Enumerable.Range(first, last - first + 1).ToList(), []);
    }

    /// <summary>S01, "Season 1", "Saison 1".</summary>
    private static EpisodeMarker? SingleSeason(string name)
    {
        var m = SingleSeasonRegex().Match(name);
        if (!m.Success)
            return null;
        var season = ToInt(m.Groups["season"]);
        return new EpisodeMarker(m.Index, season, [season], []);
    }

    /// <summary>Fansub style "Title - 12 [1080p]" or "Title - 12v2": an absolute episode number, no season.</summary>
    private static EpisodeMarker? AnimeAbsolute(string name)
    {
        var m = AnimeAbsoluteRegex().Match(name);
        return m.Success ? new EpisodeMarker(m.Index, null, [], [ToInt(m.Groups["episode"])]) : null;
    }

    /// <summary>"E05", "Ep 5", "Episode 5" without a season.</summary>
    private static EpisodeMarker? BareEpisode(string name)
    {
        var m = BareEpisodeRegex().Match(name);
        return m.Success ? new EpisodeMarker(m.Index, null, [], [ToInt(m.Groups["episode"])]) : null;
    }

    private static int ToInt(Group group) => int.Parse(group.ValueSpan, provider: null);

    private const string SeasonWord = @"(?:Seasons?|Saisons?|Series|Temporadas?|Stagioni|Stagione|Staffel)";

    [GeneratedRegex(Start + @"(?:S(?<season>\d{1,3})" + Sep + @"E(?<episode>\d{1,4})|" + SeasonWord + Sep + @"(?<season>\d{1,3})[ ._-]*(?:Episode|Ep|[ée]pisode)" + Sep + @"(?<episode>\d{1,4}))(?!\d)", Options, TimeoutMs)]
    private static partial Regex SeasonEpisodeRegex();

    [GeneratedRegex(@"^(?:(?<range>[ ._]?-[ ._]?E?)|[ ._]?E)(?<episode>\d{1,4})(?=E\d|[^\p{L}\p{N}]|$)", Options, TimeoutMs)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(Start + @"(?<season>\d{1,2})x(?<episode>\d{2,3})(?:[-_](?:\d{1,2}x)?(?<last>\d{2,3}))?" + End, Options, TimeoutMs)]
    private static partial Regex CrossEpisodeRegex();

    [GeneratedRegex(Start + @"(?:S(?<first>\d{1,2})[ ._]?-[ ._]?S?(?<last>\d{1,2})|" + SeasonWord + Sep + @"(?<first>\d{1,2})[ ._]*(?:-|à|a|to|&|et|and)[ ._]*(?<last>\d{1,2}))" + End, Options, TimeoutMs)]
    private static partial Regex SeasonRangeRegex();

    [GeneratedRegex(Start + @"(?:S|" + SeasonWord + Sep + @")(?<season>\d{1,3})" + End, Options, TimeoutMs)]
    private static partial Regex SingleSeasonRegex();

    // Years (19xx/20xx) are not episode numbers: "Title - 2019 [1080p]" is a film.
    [GeneratedRegex(@"[ _]-[ _](?!(?:19|20)\d\d(?!\d))(?<episode>\d{1,4})(?:v\d)?(?=[ _]*(?:$|[\[(])|[ _]-[ _]|[ _]+(?:VOSTFR|VOST|MULTI|VFF?|FRENCH|\d{3,4}p)" + End + ")", Options, TimeoutMs)]
    private static partial Regex AnimeAbsoluteRegex();

    [GeneratedRegex(Start + @"(?:Ep(?:isode)?|[ée]pisode)" + Sep + @"(?<episode>\d{1,4})" + End + "|" + Start + @"E(?<episode>\d{2,4})" + End, Options, TimeoutMs)]
    private static partial Regex BareEpisodeRegex();
}
