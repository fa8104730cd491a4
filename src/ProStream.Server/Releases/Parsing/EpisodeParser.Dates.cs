using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Daily shows: an air date instead of an episode number.</summary>
internal static partial class EpisodeParser
{
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
        return new EpisodeMarker(EarlierNumber(name, m.Index), null, [], []) { AirDate = new DateOnly(year, month, day) };
    }

    /// <summary>"Duckman - 101 (01) - 20021107", "Show E76 2024 08 08": an episode number before the date ends the title.</summary>
    private static int EarlierNumber(string name, int date) =>
        AnimeAbsoluteRegex().Match(name, 0, date) is { Success: true } absolute ? absolute.Index
        : BareEpisodeRegex().Match(name, 0, date) is { Success: true, Index: > 0 } bare ? bare.Index
        : date;

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

    [GeneratedRegex(Start + @"(?<year>" + Year + @")[ ._-](?<month>0[1-9]|1[0-2])[ ._-](?<day>0[1-9]|[12]\d|3[01])" + End
        + "|" + Start + @"(?<year>" + Year + @")(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])" + End
        + "|" + Start + @"(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ ._](?<name>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ ._](?<year>" + Year + ")" + End, Options)]
    private static partial Regex AirDateRegex();

    [GeneratedRegex(Start + @"(?<first>\d\d)(?<sep>[._-])(?<second>\d\d)\k<sep>(?<year>" + Year + ")" + End, Options)]
    private static partial Regex DateLastRegex();
}
