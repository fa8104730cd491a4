using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Season/episode markers, tried from the most to the least specific form; the first form found wins.
/// The forms live in the other parts of this class, by family.</summary>
internal static partial class EpisodeParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MaxEpisodesInRange = 200;

    /// <param name="name">The name without extension and group.</param>
    /// <param name="fansub">The name began with "[Group]": a bare number after the title is an absolute episode.</param>
    public static EpisodeMarker? Parse(string name, bool fansub = false) =>
        SeasonEpisode(name, fansub) ?? CrossEpisode(name, fansub) ?? DutchEpisode(name) ?? NumberWordEpisode(name) ?? AirDate(name) ?? CompactRun(name) ?? CapEpisode(name) ?? SeasonRange(name) ?? SingleSeason(name)
        ?? AnimeAbsolute(name, fansub) ?? PartOfEpisode(name) ?? BareEpisode(name) ?? CompactEpisode(name) ?? NumberedEpisode(name);

    /// <summary>An episode number before the title: "003. Show - Ep Name", "03-Show", "12 - Show [BD]", and after a
    /// fansub group "[Group] 06 Show". <see cref="EpisodeMarker.Index"/> is where the title starts.</summary>
    public static EpisodeMarker? Leading(string name, bool fansub)
    {
        var m = (fansub ? LeadingFansubNumberRegex() : LeadingNumberRegex()).Match(name);
        if (!m.Success)
            return null;
        var episodes = Numbers(ToInt(m.Groups["episode"]), m.Groups["last"]);
        return new EpisodeMarker(m.Length, null, [], episodes) { AbsoluteEpisodes = episodes };
    }

    /// <summary>After a leading number the title runs to the episode title's " - " (or to the tags).</summary>
    public static EpisodeMarker TitleEndAfterLeading(string rest, EpisodeMarker leading)
    {
        var dash = rest.IndexOf(" - ", StringComparison.Ordinal);
        return leading with { Index = dash > 0 ? dash : rest.Length };
    }

    private static int ToInt(Group group) => int.Parse(group.ValueSpan, provider: null);

    /// <summary>[first] or, when <paramref name="last"/> closes a plausible range, [first … last].</summary>
    private static List<int> Numbers(int first, Group last) =>
        last.Success && ToInt(last) is var end && end > first && end - first <= MaxEpisodesInRange
            ? [.. Enumerable.Range(first, end - first + 1)]
            : [first];

    private const string SeasonWord = @"(?:Seasons?|Saisons?|Series|Temporadas?|Temp|Tem|Stagioni|Stagione|Staffel|Seizoen|Sezon|Säsong|Sæson|Kausi)";
    private const string Year = @"(?:19|20)\d\d";

    // Words that follow an absolute episode number in fansub names: "Title - 12 END", "Title - 01 VOSTFR", "Title - 03 DVD".
    private const string AfterNumber = @"(?:END|RAW|Fin|VOSTFR|VOST|MULTI|VFF?|FRENCH|HD|FHD|DVD|DVB|BD|WEB|HDTV|OAD|OVA|ONA|\d{3,4}p|\d{3,4}x\d{3,4})";

    // A leading zero or a dash after the number: "007 Spectre" and "21 (2008)" are films.
    [GeneratedRegex(@"^(?<episode>0\d{1,2}|\d{1,3}(?=[ _]-[ _]))(?:-(?<last>\d{1,3}))?(?:\.[ _]|[ _]?-[ _]?)(?=\p{L})", Options)]
    private static partial Regex LeadingNumberRegex();

    [GeneratedRegex(@"^(?<episode>\d{1,3})(?:-(?<last>\d{1,3}))?(?:\.[ _]|[ _]?-[ _]?|[ _])(?=\p{L})", Options)]
    private static partial Regex LeadingFansubNumberRegex();
}
