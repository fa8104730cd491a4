using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Episodes numbered without a season: anime absolute numbers, "E05", "Episode 5", "Part 2", "5of9".</summary>
internal static partial class EpisodeParser
{
    /// <summary>Fansub style "Title - 12 [1080p]", "Title - 12v2", "[Group]_Title_07_(720p)", "Title - 02-03",
    /// "Title_[01]", "Title 01 - 119 [Batch]", "Title 1-13 (Dub)": absolute episode numbers, no season.</summary>
    private static EpisodeMarker? AnimeAbsolute(string name, bool fansub)
    {
        var m = AnimeAbsoluteRegex().Match(name);
        if (!m.Success)
            m = BracketedNumberRegex().Match(name);
        if (!m.Success)
            m = NumberRangeRegex().Match(name);
        if (!m.Success && fansub)
            m = FansubNumberRegex().Match(name);
        if (!m.Success)
            return null;
        var episodes = Numbers(ToInt(m.Groups["episode"]), m.Groups["last"]);
        // "Title 01 - 119 [Batch]": a zero-padded number before the dash starts a range.
        if (episodes.Count == 1 && RangeStartRegex().Match(name, 0, m.Index) is { Success: true } start
            && ToInt(start.Groups["first"]) is var first && first < episodes[0] && episodes[0] - first <= MaxEpisodesInRange)
        {
            return new EpisodeMarker(start.Index, null, [], [.. Enumerable.Range(first, episodes[0] - first + 1)])
            { AbsoluteEpisodes = [.. Enumerable.Range(first, episodes[0] - first + 1)] };
        }
        return new EpisodeMarker(m.Index, null, [], episodes) { AbsoluteEpisodes = episodes };
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
        if (m.Groups["word"].Success)
            return new EpisodeMarker(m.Index, 1, [1], [Array.IndexOf(NumberWords, m.Groups["word"].Value.ToUpperInvariant()) + 1]);
        int[] episode = [ToInt(m.Groups["episode"])];
        return new EpisodeMarker(m.Index, null, [], episode) { AbsoluteEpisodes = episode };
    }

    private static readonly string[] NumberWords = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"];

    /// <summary>"E05", "Ep 5", "Episode 5", "Ep10688 - Ep10692" without a season.</summary>
    private static EpisodeMarker? BareEpisode(string name)
    {
        var m = BareEpisodeRegex().Match(name);
        if (!m.Success)
            return null;
        var episodes = Numbers(ToInt(m.Groups["episode"]), m.Groups["last"]);
        // Without a season, "Ep 56" counts from the first episode of the show.
        return new EpisodeMarker(m.Index, null, [], episodes) { AbsoluteEpisodes = episodes };
    }

    // Years (19xx/20xx) are not episode numbers: "Title - 2019 [1080p]" is a film.
    [GeneratedRegex(@"[ _.]-[ _.](?!" + Year + @"(?!\d))(?<episode>\d{1,4})(?:[-~](?<last>\d{1,4})|[ _.]~[ _.](?<last>\d{1,4}))?(?:v\d)?(?=[ _.]*(?:$|[\[(~])|[ _.]-[ _.]|[ _.]+" + AfterNumber + End + ")", Options)]
    private static partial Regex AnimeAbsoluteRegex();

    // After a fansub group, a number standing between the title and the tags: "[Group]_Title_07_(720p)", "[Group] Title 13".
    // "Title_[01]_[Tags]", "Title [01-05]": a bracketed number (not a year or a frame height) after the title.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}!?)][ _.]*)\[(?!" + Year + @"\]|(?:480|576|720|1080|2160)\])(?<episode>\d{1,4})(?:-(?<last>\d{1,4}))?\]", Options)]
    private static partial Regex BracketedNumberRegex();

    // "Title 1-13 (English Dub)", "Title.493-498.&.500-507", "Title 13-16": a range of episodes after a title word.
    [GeneratedRegex(@"(?<=\p{L}[!?]*[ _.])(?<episode>\d{1,4})-(?<last>\d{1,4})(?=[ _.]*(?:$|[\[(&])|[ _.]+(?:Dual|Batch|Complete|" + AfterNumber + ")" + End + ")", Options)]
    private static partial Regex NumberRangeRegex();

    // The first number of "Title 01 - 119": zero-padded, right before the dash ("Title 21 - 101" is episode 101 of "Title 21").
    [GeneratedRegex(@"(?<=\p{L}[!?]*[ _.])(?<first>0\d{1,3})$", Options)]
    private static partial Regex RangeStartRegex();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}!?):][ _.-]+)#?(?!" + Year + @"(?!\d))(?<episode>\d{1,4})(?:[-~](?<last>\d{1,4}))?(?:v\d)?(?=[ _.]*(?:$|[\[(])|[ _.]+" + AfterNumber + End + ")", Options)]
    private static partial Regex FansubNumberRegex();

    [GeneratedRegex(@"(?<=\p{L}[ ._]{1,3})(?<episode>\d{1,4})[ .]{0,2}(?:Bölüm|Bolum|BLM)" + End, Options)]
    private static partial Regex NumberWordEpisodeRegex();

    [GeneratedRegex(Start + @"(?<episode>\d{1,2})[ ._]?of[ ._]?\d{1,2}" + End, Options)]
    private static partial Regex PartOfRegex();

    // After a word (not a number: "09.03.08.The.Doors" is a date), before a broadcast source or zero-padded.
    [GeneratedRegex(@"(?<=[\p{L})!?][ ._]{1,3})(?:Part[ ._]?(?:(?<part>\d{1,2})|(?<word>One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))(?=(?:[ ._-]+\d{3,4}p)?[ ._-]+(?:HDTV|PDTV|SDTV|DSR)" + End + @")|(?<episode>0\d)|(?<episode>[1-9]\d?)(?=(?:v\d)?[ ._-]+(?:HDTV|PDTV|SDTV|DSR|TVRip)" + End + @"))(?:v\d)?" + End, Options)]
    private static partial Regex NumberedEpisodeRegex();

    [GeneratedRegex(Start + @"(?<word>Ep(?:isode|isodio|i)?|[ée]pisode)[ ._-]{0,2}(?<episode>\d{1,5})(?:v\d)?(?:[ ._]*-[ ._]*(?:Ep(?:isode)?[ ._]?)?(?<last>\d{1,5}))?" + End + "|" + Start + @"E(?<episode>\d{2,4})(?:-E?(?<last>\d{2,4}))?" + End, Options)]
    private static partial Regex BareEpisodeRegex();
}
