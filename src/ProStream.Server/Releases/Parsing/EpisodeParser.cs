using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Where a name says which season(s) and episode(s) it holds; <see cref="Index"/> is where the
/// marker starts, which is also where the title ends.</summary>
internal sealed record EpisodeMarker(int Index, int? Season, IReadOnlyList<int> Seasons, IReadOnlyList<int> Episodes)
{
    public IReadOnlyList<int> AbsoluteEpisodes { get; init; } = [];

    public DateOnly? AirDate { get; init; }
}

/// <summary>Season/episode markers, tried from the most to the least specific form; the first form found wins.</summary>
internal static partial class EpisodeParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MaxEpisodesInRange = 200;

    /// <param name="name">The name without extension and group.</param>
    /// <param name="fansub">The name began with "[Group]": a bare number after the title is an absolute episode.</param>
    public static EpisodeMarker? Parse(string name, bool fansub = false) =>
        SeasonEpisode(name) ?? CrossEpisode(name) ?? DutchEpisode(name) ?? NumberWordEpisode(name) ?? AirDate(name) ?? CapEpisode(name) ?? SeasonRange(name) ?? SingleSeason(name)
        ?? AnimeAbsolute(name, fansub) ?? PartOfEpisode(name) ?? BareEpisode(name) ?? CompactEpisode(name) ?? NumberedEpisode(name);

    /// <summary>An episode number before the title: "003. Show - Ep Name", "03-Show", "12 - Show [BD]", and after a
    /// fansub group "[Group] 06 Show". <see cref="EpisodeMarker.Index"/> is where the title starts.</summary>
    public static EpisodeMarker? Leading(string name, bool fansub)
    {
        var m = (fansub ? LeadingFansubNumberRegex() : LeadingNumberRegex()).Match(name);
        if (!m.Success)
            return null;
        var first = ToInt(m.Groups["episode"]);
        List<int> episodes = m.Groups["last"].Success && ToInt(m.Groups["last"]) is var last && last > first && last - first <= MaxEpisodesInRange
            ? [.. Enumerable.Range(first, last - first + 1)]
            : [first];
        return new EpisodeMarker(m.Length, null, [], episodes) { AbsoluteEpisodes = episodes };
    }

    /// <summary>After a leading number the title runs to the episode title's " - " (or to the tags).</summary>
    public static EpisodeMarker TitleEndAfterLeading(string rest, EpisodeMarker leading)
    {
        var dash = rest.IndexOf(" - ", StringComparison.Ordinal);
        return leading with { Index = dash > 0 ? dash : rest.Length };
    }

    /// <summary>S01E02, S01E02E03, S01E02-E04, S01E02-04, S03E01.S03E02, S2014E18, "Season 1 Episode 2".</summary>
    private static EpisodeMarker? SeasonEpisode(string name)
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
        // "Title - S02E02 - 027 - Episode": anime releases add the absolute number after the season one.
        var absolute = AbsoluteAfterRegex().Match(name, end);
        return absolute.Success ? marker with { AbsoluteEpisodes = [ToInt(absolute.Groups["episode"])] } : marker;
    }

    /// <summary>Follow-on episodes, matched one at a time so that "E02-E04" (a range) and "E02E04" (a list) stay
    /// distinct; "S03E01.S03E02" continues only within the same season. Returns where the marker ends.</summary>
    private static int FollowOn(string name, int at, int season, List<int> episodes)
    {
        while (ContinuationRegex().Match(name, at) is { Success: true } next)
        {
            if (next.Groups["season"].Success && ToInt(next.Groups["season"]) != season)
                break;
            var number = ToInt(next.Groups["episode"]);
            var last = episodes[^1];
            if (number <= last || number - last > MaxEpisodesInRange)
                break;
            if (next.Groups["range"].Success)
                episodes.AddRange(Enumerable.Range(last + 1, number - last));
            else
                episodes.Add(number);
            at = next.Index + next.Length;
        }
        return at;
    }

    /// <summary>1x02, 01x02, 1x02-1x03, 2x04.2x05, 1940x01.</summary>
    private static EpisodeMarker? CrossEpisode(string name)
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
                var number = ToInt(next.Groups["episode"]);
                var last = episodes[^1];
                if (number <= last || number - last > MaxEpisodesInRange)
                    break;
                if (next.Groups["range"].Success)
                    episodes.AddRange(Enumerable.Range(last + 1, number - last));
                else
                    episodes.Add(number);
            }
            return new EpisodeMarker(m.Index, season, [season], episodes);
        }
        return null;
    }

    /// <summary>Daily shows: "Show.2011.01.10", "Show - 2011-04-12".</summary>
    private static EpisodeMarker? AirDate(string name)
    {
        var m = AirDateRegex().Match(name);
        if (!m.Success)
            return DateLast(name);
        var (year, day) = (ToInt(m.Groups["year"]), ToInt(m.Groups["day"]));
        var month = m.Groups["name"].Success ? MonthOf(m.Groups["name"].Value) : ToInt(m.Groups["month"]);
        if (day > DateTime.DaysInMonth(year, month))
            return null;
        return new EpisodeMarker(m.Index, null, [], []) { AirDate = new DateOnly(year, month, day) };
    }

    private static int MonthOf(string abbreviation) =>
        Array.FindIndex(Months, month => month.Equals(abbreviation, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"Show.04.28.2014" (American month first), "Show - 30-04-2024" (day first when it cannot be a month).</summary>
    private static EpisodeMarker? DateLast(string name)
    {
        var m = DateLastRegex().Match(name);
        if (!m.Success)
            return null;
        var (first, second, year) = (ToInt(m.Groups["first"]), ToInt(m.Groups["second"]), ToInt(m.Groups["year"]));
        var (month, day) = first > 12 ? (second, first) : (first, second);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new EpisodeMarker(m.Index, null, [], []) { AirDate = new DateOnly(year, month, day) };
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

    /// <summary>"Season.2.1of4", "Series.2.Part.11", "(Season 4 Part 1)": within a season, a part is an episode.</summary>
    private static Match? PartAfterSeason(string name, int at) =>
        PartOfRegex().Match(name, at) is { Success: true } of ? of
        : SeasonPartRegex().Match(name, at) is { Success: true } part ? part : null;

    /// <summary>Fansub style "Title - 12 [1080p]", "Title - 12v2", "[Group]_Title_07_(720p)", "Title - 02-03":
    /// absolute episode numbers, no season.</summary>
    private static EpisodeMarker? AnimeAbsolute(string name, bool fansub)
    {
        var m = AnimeAbsoluteRegex().Match(name);
        if (!m.Success && fansub)
            m = FansubNumberRegex().Match(name);
        if (!m.Success)
            return null;
        var first = ToInt(m.Groups["episode"]);
        List<int> episodes = m.Groups["last"].Success && ToInt(m.Groups["last"]) is var last && last > first && last - first <= MaxEpisodesInRange
            ? [.. Enumerable.Range(first, last - first + 1)]
            : [first];
        return new EpisodeMarker(m.Index, null, [], episodes) { AbsoluteEpisodes = episodes };
    }

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

    /// <summary>Turkish "69. Bölüm (29.10.2023)", "79.BLM": the episode number comes before the word; the air date may follow.</summary>
    private static EpisodeMarker? NumberWordEpisode(string name)
    {
        var m = NumberWordEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        int[] episode = [ToInt(m.Groups["episode"])];
        return new EpisodeMarker(m.Index, null, [], episode) { AbsoluteEpisodes = episode, AirDate = AirDate(name[m.Index..])?.AirDate };
    }

    /// <summary>"Title.14.of.21", "Title.5of9", "Title 1 of 6 - Part": part N of a miniseries, which is one season.</summary>
    private static EpisodeMarker? PartOfEpisode(string name)
    {
        var m = PartOfRegex().Match(name);
        return m.Success && m.Index > 0 ? new EpisodeMarker(m.Index, 1, [1], [ToInt(m.Groups["episode"])]) : null;
    }

    /// <summary>"FooBar.07.PDTV", "Neverwhere.05.Down.Street", "Test.13.HDTV": a zero-padded number after the title, or a
    /// small number right before a broadcast source, is an episode. Plain numbers before other tags stay in the title
    /// ("Apollo 13 1080p", "Transformers 2 1080p" are films).</summary>
    private static EpisodeMarker? NumberedEpisode(string name)
    {
        var m = NumberedEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        // "Show - Road to Sonarr Part 02 720p HDTV": part N of a miniseries, which is one season.
        if (m.Groups["part"].Success)
            return new EpisodeMarker(m.Index, 1, [1], [ToInt(m.Groups["part"])]);
        int[] episode = [ToInt(m.Groups["episode"])];
        return new EpisodeMarker(m.Index, null, [], episode) { AbsoluteEpisodes = episode };
    }

    /// <summary>"E05", "Ep 5", "Episode 5", "Ep10688 - Ep10692" without a season.</summary>
    private static EpisodeMarker? BareEpisode(string name)
    {
        var m = BareEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var first = ToInt(m.Groups["episode"]);
        List<int> episodes = m.Groups["last"].Success && ToInt(m.Groups["last"]) is var last && last > first && last - first <= MaxEpisodesInRange
            ? [.. Enumerable.Range(first, last - first + 1)]
            : [first];
        // Without a season, "Ep 56" counts from the first episode of the show.
        return new EpisodeMarker(m.Index, null, [], episodes) { AbsoluteEpisodes = episodes };
    }

    private static int ToInt(Group group) => int.Parse(group.ValueSpan, provider: null);

    private const string SeasonWord = @"(?:Seasons?|Saisons?|Series|Temporadas?|Temp|Tem|Stagioni|Stagione|Staffel|Seizoen|Sezon|Säsong|Sæson|Kausi)";
    private const string Year = @"(?:19|20)\d\d";

    // Words that follow an absolute episode number in fansub names: "Title - 12 END", "Title - 01 VOSTFR", "Title - 03 DVD".
    private const string AfterNumber = @"(?:END|RAW|Fin|VOSTFR|VOST|MULTI|VFF?|FRENCH|HD|FHD|DVD|DVB|BD|WEB|HDTV|OAD|OVA|ONA|\d{3,4}p|\d{3,4}x\d{3,4})";

    [GeneratedRegex(Start + @"(?:S(?<season>\d{1,4})(?:[ ._-]{0,3}|[ ._-]?x[ ._-]?)E(?:p[ ._]?|[ ._])?(?<episode>\d{1,5})|" + SeasonWord + Sep + @"(?<season>\d{1,3})[ ._-]*(?:Episode|Ep|[ée]pisode)" + Sep + @"(?<episode>\d{1,4}))(?!\d)", Options)]
    private static partial Regex SeasonEpisodeRegex();

    // A range needs its 'E' or a dash written tight: "E02-04", "E02 - E04"; "S02E21 - 94 Meetings" is an episode title.
    [GeneratedRegex(@"\G(?:(?<range>-E?|[ ._]-[ ._]?E|-[ ._]E|[ ._]to[ ._]E?)|[ ._]?E|[ ._]?[&+][ ._]?(?:S(?<season>\d{1,4})E)?|[ ._-]{0,3}S(?<season>\d{1,4})[ ._-]?E|[ ._]and[ ._]S(?<season>\d{1,4})E)(?:(?<=E)p)?(?<episode>\d{1,5})(?!\d)(?=E\d|[^\p{L}\p{N}]|$)", Options)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"\G(?:[ ._]*\(" + Year + @"\))?[ ._]*-[ ._]*(?<episode>\d{2,4})(?:v\d)?(?=[ ._]*(?:-|\[|\(|$)|[ ._]+" + AfterNumber + End + ")", Options)]
    private static partial Regex AbsoluteAfterRegex();

    [GeneratedRegex(Start + @"(?<season>\d{1,4})x(?<episode>\d{1,3})(?=[^\p{L}\p{N}]|x\d|$)", Options)]
    private static partial Regex CrossEpisodeRegex();

    [GeneratedRegex(@"\G(?:(?<range>-)(?:\d{1,4}x|x)?|(?<range>[ ._]-[ ._])\d{1,4}x|[._]\d{1,4}x|_|x)(?<episode>\d{1,3})(?!\d)(?=x\d|[^\p{L}\p{N}]|$)", Options)]
    private static partial Regex CrossContinuationRegex();

    // A leading zero or a dash after the number: "007 Spectre" and "21 (2008)" are films.
    [GeneratedRegex(@"^(?<episode>0\d{1,2}|\d{1,3}(?=[ _]-[ _]))(?:-(?<last>\d{1,3}))?(?:\.[ _]|[ _]?-[ _]?)(?=\p{L})", Options)]
    private static partial Regex LeadingNumberRegex();

    [GeneratedRegex(@"^(?<episode>\d{1,3})(?:-(?<last>\d{1,3}))?(?:\.[ _]|[ _]?-[ _]?|[ _])(?=\p{L})", Options)]
    private static partial Regex LeadingFansubNumberRegex();

    [GeneratedRegex(Start + @"(?<first>\d\d)(?<sep>[._-])(?<second>\d\d)\k<sep>(?<year>" + Year + ")" + End, Options)]
    private static partial Regex DateLastRegex();

    [GeneratedRegex(Start + @"Se\.?[ ]?(?<season>\d{1,2})[ ._]+afl\.?[ ]?(?<episode>\d{1,3})(?:(?:-|[ ]en[ ])(?<episode>\d{1,3}))*" + End, Options)]
    private static partial Regex DutchEpisodeRegex();

    [GeneratedRegex(@"(?<=\p{L}[ ._]{1,3})(?<episode>\d{1,4})[ .]{0,2}(?:Bölüm|Bolum|BLM)" + End, Options)]
    private static partial Regex NumberWordEpisodeRegex();

    [GeneratedRegex(@"\G[ ._]*Part[ ._]?(?<episode>\d{1,2})" + End, Options)]
    private static partial Regex SeasonPartRegex();

    [GeneratedRegex(Start + @"(?<episode>\d{1,2})[ ._]?of[ ._]?\d{1,2}" + End, Options)]
    private static partial Regex PartOfRegex();

    // After a word (not a number: "09.03.08.The.Doors" is a date), before a broadcast source or zero-padded.
    [GeneratedRegex(@"(?<=[\p{L})!?][ ._]{1,3})(?:Part[ ._]?(?<part>\d{1,2})(?=(?:[ ._-]+\d{3,4}p)?[ ._-]+(?:HDTV|PDTV|SDTV|DSR)" + End + @")|(?<episode>0\d)|(?<episode>[1-9]\d?)(?=(?:v\d)?[ ._-]+(?:HDTV|PDTV|SDTV|DSR|TVRip)" + End + @"))(?:v\d)?" + End, Options)]
    private static partial Regex NumberedEpisodeRegex();

    [GeneratedRegex(Start + @"(?<year>" + Year + @")[ ._-](?<month>0[1-9]|1[0-2])[ ._-](?<day>0[1-9]|[12]\d|3[01])" + End
        + "|" + Start + @"(?<year>" + Year + @")(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])" + End
        + "|" + Start + @"(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ ._](?<name>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ ._](?<year>" + Year + ")" + End, Options)]
    private static partial Regex AirDateRegex();

    [GeneratedRegex(@"[ _.]-[ _.](?<episode>\d{2,4})[ _.](?:-[ _.]|\()$", Options)]
    private static partial Regex AbsoluteBeforeRegex();

    [GeneratedRegex(Start + @"(?:S(?<first>\d{1,2})(?:-S?|[ ._]?-[ ._]?S)(?<last>\d{1,2})|" + SeasonWord + Sep + @"(?<first>\d{1,2})[ ._]*(?:-|à|a|to|&|et|and)[ ._]*(?<last>\d{1,2}))" + End, Options)]
    private static partial Regex SeasonRangeRegex();

    [GeneratedRegex(Start + @"(?:S(?<season>\d{1,4})|S[ ](?<season>\d\d)|" + SeasonWord + Sep + @"(?<season>0?[1-9]\d?)(?:of\d{1,2})?|(?<season>\d{1,2})(?:st|nd|rd|th)[ ._]Season)" + End, Options)]
    private static partial Regex SingleSeasonRegex();

    // Years (19xx/20xx) are not episode numbers: "Title - 2019 [1080p]" is a film.
    [GeneratedRegex(@"[ _.]-[ _.](?!" + Year + @"(?!\d))(?<episode>\d{1,4})(?:[-~](?<last>\d{1,4})|[ _.]~[ _.](?<last>\d{1,4}))?(?:v\d)?(?=[ _.]*(?:$|[\[(~])|[ _.]-[ _.]|[ _.]+" + AfterNumber + End + ")", Options)]
    private static partial Regex AnimeAbsoluteRegex();

    // After a fansub group, a number standing between the title and the tags: "[Group]_Title_07_(720p)", "[Group] Title 13".
    [GeneratedRegex(@"(?<=[\p{L}\p{N}!?)][ _.-]+)(?!" + Year + @"(?!\d))(?<episode>\d{1,4})(?:[-~](?<last>\d{1,4}))?(?:v\d)?(?=[ _.]*(?:$|[\[(])|[ _.]+" + AfterNumber + End + ")", Options)]
    private static partial Regex FansubNumberRegex();

    // "Title.103.720p", "Title.103.104.HDTV": three or four digits (not a year) right before a quality tag or the end.
    [GeneratedRegex(@"(?<=Cap[ .]{0,2}|\[)(?<number>[1-9]\d{2,3})(?=\]|(?<!\[\d+)(?!\d))", Options)]
    private static partial Regex CapEpisodeRegex();

    // Not after a single letter: "H.264" is a codec.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}]{2}[ ._])(?!" + Year + @"(?!\d))(?<number>[1-9]\d{2,3})(?:[ ._](?<next>[1-9]\d{2,3}))?(?=[ ._-]+(?:\d{3,4}[pi]|HDTV|PDTV|SDTV|WEB|DVD|BluRay|BDRip|x26[45]|XviD|HD|REPACK|PROPER|iNTERNAL|VOSTFR|VOST)" + End + @"|$)", Options)]
    private static partial Regex CompactEpisodeRegex();

    [GeneratedRegex(Start + @"(?<word>Ep(?:isode|isodio|i)?|[ée]pisode)[ ._-]{0,2}(?<episode>\d{1,5})(?:v\d)?(?:[ ._]*-[ ._]*(?:Ep(?:isode)?[ ._]?)?(?<last>\d{1,5}))?" + End + "|" + Start + @"E(?<episode>\d{2,4})(?:-E?(?<last>\d{2,4}))?" + End, Options)]
    private static partial Regex BareEpisodeRegex();
}
