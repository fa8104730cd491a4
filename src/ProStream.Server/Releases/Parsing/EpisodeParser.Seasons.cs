using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Seasons and episodes written with a season: S01E02, 1x02, "Season 1", S01-S03, Dutch "Se.1 afl.2".</summary>
internal static partial class EpisodeParser
{
    /// <summary>S01E02, S01E02E03, S01E02-E04, S01E02-04, S03E01.S03E02, S2014E18, "Season 1 Episode 2".</summary>
    private static EpisodeMarker? SeasonEpisode(string name, bool fansub)
    {
        var m = SeasonEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var season = ToInt(m.Groups["season"]);
        var episodes = new List<int> { ToInt(m.Groups["episode"]) };
        var end = FollowOn(name, m.Index + m.Length, season, episodes);
        var marker = new EpisodeMarker(m.Index, season, [season], episodes);
        // "[Group] Show - 05 - S01E05 - Title", "Show - 12 (S01E12)": the absolute number comes first and ends the title.
        if (AbsoluteBeforeRegex().Match(name, 0, m.Index) is { Success: true } before)
            return marker with { Index = before.Index, AbsoluteEpisodes = [ToInt(before.Groups["episode"])] };
        if (NumberBefore(name, marker, fansub) is { } numbered)
            return numbered;
        // "Title - S02E02 - 027 - Episode": anime releases add the absolute number after the season one.
        var absolute = AbsoluteAfterRegex().Match(name, end);
        return absolute.Success ? marker with { AbsoluteEpisodes = [ToInt(absolute.Groups["episode"])] } : marker;
    }

    /// <summary>"Show 313-315 s16e03-05", "[Group] Show 214 10x14": a range (or, after a fansub group, a number of
    /// three digits or more: "[Group] Series at Age 29 S01E03" is a title) right before the season marker is the absolute numbering and ends the title. A lone number stays in a scene title
    /// ("The.100.S01E01").</summary>
    private static EpisodeMarker? NumberBefore(string name, EpisodeMarker marker, bool fansub)
    {
        var before = NumberBeforeRegex().Match(name, 0, marker.Index);
        if (!before.Success || !(before.Groups["last"].Success || (fansub && before.Groups["episode"].Length >= 3)))
            return null;
        return marker with { Index = before.Index, AbsoluteEpisodes = Numbers(ToInt(before.Groups["episode"]), before.Groups["last"]) };
    }

    /// <summary>Follow-on episodes, matched one at a time so that "E02-E04" (a range) and "E02E04" (a list) stay
    /// distinct; "S03E01.S03E02" continues only within the same season. Returns where the marker ends.</summary>
    private static int FollowOn(string name, int at, int season, List<int> episodes)
    {
        while (ContinuationRegex().Match(name, at) is { Success: true } next)
        {
            if ((next.Groups["season"].Success && ToInt(next.Groups["season"]) != season) || !Extend(episodes, next))
                break;
            at = next.Index + next.Length;
        }
        return at;
    }

    /// <summary>Adds a follow-on match's episode to <paramref name="episodes"/>: every number up to it for a range
    /// ("E02-E04"), just it for a list ("E02E04"); false, adding nothing, when it does not go forward within reach.</summary>
    private static bool Extend(List<int> episodes, Match next)
    {
        var number = ToInt(next.Groups["episode"]);
        var last = episodes[^1];
        if (number <= last || number - last > MaxEpisodesInRange)
            return false;
        if (next.Groups["range"].Success)
            episodes.AddRange(Enumerable.Range(last + 1, number - last));
        else
            episodes.Add(number);
        return true;
    }

    /// <summary>1x02, 01x02, 1x02-1x03, 2x04.2x05, 1940x01.</summary>
    private static EpisodeMarker? CrossEpisode(string name, bool fansub)
    {
        foreach (Match m in CrossEpisodeRegex().Matches(name))
        {
            var season = ToInt(m.Groups["season"]);
            // "1280x720" is a frame size, not season 1280; four-digit seasons are years ("1940x01").
            if (season >= 100 && season is < 1900 or > 2099)
                continue;
            var episodes = new List<int> { ToInt(m.Groups["episode"]) };
            // "1x02-1x03" (a range), "2x04.2x05", "1x02x03x04", "8x01_02" (lists).
            for (var next = CrossContinuationRegex().Match(name, m.Index + m.Length); next.Success;
                 next = CrossContinuationRegex().Match(name, next.Index + next.Length))
            {
                if (!Extend(episodes, next))
                    break;
            }
            var marker = new EpisodeMarker(m.Index, season, [season], episodes);
            return NumberBefore(name, marker, fansub) ?? marker;
        }
        return null;
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
        var season = m.Groups["roman"].Success ? Roman(m.Groups["roman"].ValueSpan) : ToInt(m.Groups["season"]);
        // "Title S2 - 12 (720p)": anime numbering within the season.
        var episode = AbsoluteAfterRegex().Match(name, m.Index + m.Length);
        if (!episode.Success && PartAfterSeason(name, m.Index + m.Length) is { } part)
            return new EpisodeMarker(m.Index, season, [season], [ToInt(part.Groups["episode"])]);
        if (!episode.Success)
        {
            // "Title S2 (Ep 6)", "Stagione 6 (2016) 720p Episodio 13".
            var later = BareEpisodeRegex().Match(name, m.Index + m.Length);
            return later.Success && later.Groups["word"].Success
                ? new EpisodeMarker(m.Index, season, [season], [ToInt(later.Groups["episode"])])
                : new EpisodeMarker(m.Index, season, [season], []);
        }
        int[] number = [ToInt(episode.Groups["episode"])];
        return new EpisodeMarker(m.Index, season, [season], number) { AbsoluteEpisodes = number };
    }

    /// <summary>I … XXIX: the numerals a season number is written with.</summary>
    private static int Roman(ReadOnlySpan<char> numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = numeral[i] switch { 'X' => 10, 'V' => 5, _ => 1 };
            var next = i + 1 < numeral.Length ? numeral[i + 1] switch { 'X' => 10, 'V' => 5, _ => 1 } : 0;
            total += value < next ? -value : value;
        }
        return total;
    }

    /// <summary>"Season.2.1of4", "Series.2.Part.11", "(Season 4 Part 1)": within a season, a part is an episode.</summary>
    private static Match? PartAfterSeason(string name, int at) =>
        PartOfRegex().Match(name, at) is { Success: true } of ? of
        : SeasonPartRegex().Match(name, at) is { Success: true } part ? part : null;

    /// <summary>Dutch "Se.3 afl.3", "Se.1 afl.2-3-4", "Se.3 afl.3 en 4" (seizoen, aflevering).</summary>
    private static EpisodeMarker? DutchEpisode(string name)
    {
        var m = DutchEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var season = ToInt(m.Groups["season"]);
        var episodes = m.Groups["episode"].Captures.Select(c => int.Parse(c.ValueSpan, provider: null)).ToList();
        return new EpisodeMarker(m.Index, season, [season], episodes);
    }

    [GeneratedRegex(Start + @"(?:S(?<season>\d{1,4})(?:[ ._-]{0,3}|[ ._-]?x[ ._-]?)E(?:p[ ._]?|[ ._])?(?<episode>\d{1,5})|" + SeasonWord + Sep + @"(?<season>\d{1,3})[ ._-]*(?:Episode|Ep|[ée]pisode)" + Sep + @"(?<episode>\d{1,4}))(?!\d)", Options)]
    private static partial Regex SeasonEpisodeRegex();

    // A range needs its 'E' or a dash written tight: "E02-04", "E02 - E04"; "S02E21 - 94 Meetings" is an episode title.
    [GeneratedRegex(@"\G(?:(?<range>-E?|[ ._]-[ ._]?E|-[ ._]E|[ ._]to[ ._]E?)|[ ._]?E|[ ._]?[&+][ ._]?(?:S(?<season>\d{1,4})E)?|[ ._-]{0,3}S(?<season>\d{1,4})[ ._-]?E|[ ._]and[ ._]S(?<season>\d{1,4})E)(?:(?<=E)p)?(?<episode>\d{1,5})(?!\d)(?=E\d|[^\p{L}\p{N}]|$)", Options)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"\G(?:[ ._]*\(" + Year + @"\))?[ ._]*-[ ._]*(?<episode>\d{2,4})(?:v\d)?(?=[ ._]*(?:-|\[|\(|$)|[ ._]+" + AfterNumber + End + ")", Options)]
    private static partial Regex AbsoluteAfterRegex();

    [GeneratedRegex(@"[ _.]-[ _.](?<episode>\d{2,4})[ _.](?:-[ _.]|\()$", Options)]
    private static partial Regex AbsoluteBeforeRegex();

    [GeneratedRegex(@"(?<=\p{L}[!?]*[ _.])(?!" + Year + @"[ _.]$)(?<episode>\d{2,4})(?:-(?<last>\d{2,4}))?[ _.]$", Options)]
    private static partial Regex NumberBeforeRegex();

    [GeneratedRegex(Start + @"(?<season>\d{1,4})x(?<episode>\d{1,3})(?=[^\p{L}\p{N}]|x\d|$)", Options)]
    private static partial Regex CrossEpisodeRegex();

    [GeneratedRegex(@"\G(?:(?<range>-)(?:\d{1,4}x|x)?|(?<range>[ ._]-[ ._])\d{1,4}x|[._]\d{1,4}x|_|x)(?<episode>\d{1,3})(?!\d)(?=x\d|[^\p{L}\p{N}]|$)", Options)]
    private static partial Regex CrossContinuationRegex();

    [GeneratedRegex(Start + @"(?:S(?<first>\d{1,2})(?:-S?|[ ._]?-[ ._]?S)(?<last>\d{1,2})|" + SeasonWord + Sep + @"(?<first>\d{1,2})[ ._]*(?:-|à|a|to|&|et|and)[ ._]*(?<last>\d{1,2}))" + End, Options)]
    private static partial Regex SeasonRangeRegex();

    // "S07D1-3" (discs of a season), "S01Extras", "1xAll", "Saison VII" (Roman numerals in capitals; not after "Series":
    // "To Another Series III" is a title).
    [GeneratedRegex(Start + @"(?:S(?<season>\d{1,4})(?:D\d{1,2}(?:-\d{1,2})?(?:&\d{1,2})*|Extras?)?|S[ ](?<season>\d\d)|" + SeasonWord + Sep + @"(?<season>0?[1-9]\d?)(?:of\d{1,2})?|(?<season>\d{1,2})(?:st|nd|rd|th)[ ._]Season|(?<season>\d{1,2})xAll|"
        + @"(?:Season|Saison|Livre|Temporada|Stagione|Staffel)[ ._](?-i:(?<roman>(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))))" + End, Options)]
    private static partial Regex SingleSeasonRegex();

    [GeneratedRegex(@"\G[ ._]*Part[ ._]?(?<episode>\d{1,2})" + End, Options)]
    private static partial Regex SeasonPartRegex();

    [GeneratedRegex(Start + @"Se\.?[ ]?(?<season>\d{1,2})[ ._]+afl\.?[ ]?(?<episode>\d{1,3})(?:(?:-|[ ]en[ ])(?<episode>\d{1,3}))*" + End, Options)]
    private static partial Regex DutchEpisodeRegex();
}
