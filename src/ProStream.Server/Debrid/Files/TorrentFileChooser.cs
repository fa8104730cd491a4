using System.Globalization;
using System.Text.RegularExpressions;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Debrid.Files;

/// <summary>
/// Picks the file to play in a multi-file torrent: the requested episode when one is asked for (wherever it
/// sits in the list and however small), else the largest video. Samples, extras (featurettes, trailers,
/// behind the scenes, deleted scenes…), subtitles and archives are never chosen. An episode is found by its
/// season and number, by its absolute number (anime packs: "Show - 27.mkv" is S02E03 when season 1 had 24)
/// or by its air date (daily shows: "Show.2011.01.10.mkv"), whichever the file names carry.
/// </summary>
public static partial class TorrentFileChooser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mkv", ".mp4", ".m4v", ".avi", ".webm", ".ts", ".m2ts", ".mov", ".wmv", ".mpg", ".mpeg",
    };

    private static readonly HashSet<string> ArchiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".rar", ".zip", ".7z", ".tar", ".gz",
    };

    /// <param name="files">The torrent's files.</param>
    /// <param name="season">Season asked for.</param>
    /// <param name="episode">Episode asked for, within <paramref name="season"/>.</param>
    /// <param name="absoluteEpisode">The same episode counted from the show's first episode, when known.</param>
    /// <param name="airDate">The episode's first air date, when known.</param>
    public static TorrentFileChoice Choose(
        IReadOnlyList<TorrentFileEntry> files, int? season = null, int? episode = null, int? absoluteEpisode = null, DateOnly? airDate = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
            return TorrentFileChoice.None(TorrentFileChoiceFailures.NoFiles, "the torrent lists no file");

        var videos = files.Select(TorrentFile.Of).Where(f => f.IsPlayableVideo).ToList();
        if (videos.Count == 0)
        {
            return files.Any(f => ArchiveExtensions.Contains(Path.GetExtension(f.Path)) || ArchivePartRegex().IsMatch(f.Path))
                ? TorrentFileChoice.None(TorrentFileChoiceFailures.ArchiveOnly, "the video is packed in an archive")
                : TorrentFileChoice.None(TorrentFileChoiceFailures.NoPlayableFile, "no playable video file (only samples, extras or other files)");
        }

        if (airDate is { } date && videos.Where(v => v.AirDate == date).ToList() is { Count: > 0 } aired)
            return Largest(aired, $"aired {date:yyyy-MM-dd} by its name");
        if (episode is { } wanted)
            return ChooseEpisode(videos, season, wanted, absoluteEpisode);
        if (absoluteEpisode is { } absolute && videos.Where(v => v.AbsoluteEpisodes.Contains(absolute)).ToList() is { Count: > 0 } numbered)
            return Largest(numbered, $"absolute episode {absolute} by its name");
        if (season is { } wantedSeason && videos.Where(v => v.Season == wantedSeason).ToList() is { Count: > 0 } inSeason)
            return Largest(inSeason, $"largest video of season {wantedSeason}");
        return Largest(videos, "largest video file");
    }

    private static TorrentFileChoice ChooseEpisode(List<TorrentFile> videos, int? season, int episode, int? absoluteEpisode)
    {
        var label = season is null ? $"episode {episode}" : $"S{season:00}E{episode:00}";
        var exact = videos.Where(v => v.Episodes.Contains(episode) && (season is null || v.Season == season)).ToList();
        if (exact.Count > 0)
            return Largest(exact, $"{label} by its name");
        // Absolute numbering first: in an anime pack "Show - 03.mkv" is the third episode of the show, not of season 2.
        if (absoluteEpisode is { } absolute && videos.Where(v => v.AbsoluteEpisodes.Contains(absolute)).ToList() is { Count: > 0 } numbered)
            return Largest(numbered, $"{label} by its absolute number {absolute}");
        // Anime files carry absolute numbers without a season: "Frieren - 05.mkv".
        var seasonless = videos.Where(v => v.Season is null && v.Episodes.Contains(episode)).ToList();
        if (seasonless.Count > 0)
            return Largest(seasonless, $"episode {episode} by its name (no season in it)");
        // A single-episode torrent whose only video is named after nothing useful is that episode.
        if (videos.Count == 1)
            return TorrentFileChoice.Chosen(videos[0].Entry, "the only video file");
        return TorrentFileChoice.None(TorrentFileChoiceFailures.EpisodeNotFound, $"no file is {label}");
    }

    private static TorrentFileChoice Largest(List<TorrentFile> videos, string reason) =>
        TorrentFileChoice.Chosen(videos.MaxBy(v => v.Entry.Size)!.Entry, reason);

    /// <summary>A torrent file seen through its path: parsed name, season (from the name or its folders).</summary>
    private sealed record TorrentFile(
        TorrentFileEntry Entry, bool IsPlayableVideo, int? Season, IReadOnlyList<int> Episodes, IReadOnlyList<int> AbsoluteEpisodes, DateOnly? AirDate)
    {
        public static TorrentFile Of(TorrentFileEntry entry)
        {
            var segments = entry.Path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0)
                return new(entry, false, null, [], [], null);
            var name = segments[^1];
            var folders = segments[..^1];
            var parsed = ReleaseNameParser.Parse(name);
            var isPlayable = VideoExtensions.Contains(Path.GetExtension(name))
                && !segments.Any(s => SampleRegex().IsMatch(s))
                && !folders.Any(f => ExtrasFolderRegex().IsMatch(f))
                && !(parsed.Episodes.Count == 0 && ExtrasWordRegex().IsMatch(name));

            var season = parsed.Season ?? folders.Reverse().Select(f => ReleaseNameParser.Parse(f).Season).FirstOrDefault(s => s is not null);
            var episodes = parsed.Episodes;
            // "Season 1/05 - Pilot.mkv": a leading number is the episode once a folder gave the season.
            if (episodes.Count == 0 && season is not null && LeadingNumberRegex().Match(name) is { Success: true } number)
                episodes = [int.Parse(number.Groups["episode"].ValueSpan, CultureInfo.InvariantCulture)];
            return new(entry, isPlayable, season, episodes, parsed.AbsoluteEpisodes, parsed.AirDate);
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])samples?(?![\p{L}\p{N}])", Options)]
    private static partial Regex SampleRegex();

    // Folder names made only of these words hold extras ("Extras", "Featurettes", "Behind The Scenes").
    private const string ExtrasFolderWords = @"(?:extras?|featurettes?|trailers?|teasers?|behind[ ._-]the[ ._-]scenes|deleted[ ._-]scenes?|bonus(?:[ ._-]features?)?|interviews?|making[ ._-]of|bloopers?|gag[ ._-]reel|shorts?|other)";

    // In a file name, only words no film title is likely to use ("Extra.Ordinary", "The.Interview" are films).
    private const string ExtrasFileWords = @"(?:extras|featurettes?|trailers?|teasers?|behind[ ._-]the[ ._-]scenes|deleted[ ._-]scenes?|bonus[ ._-]features?|making[ ._-]of|bloopers|gag[ ._-]reel)";

    [GeneratedRegex(@"^[\[( ._-]*" + ExtrasFolderWords + @"(?:[ ._&,+-]+(?:and[ ._-]+)?" + ExtrasFolderWords + @")*[\]) ._-]*$", Options)]
    private static partial Regex ExtrasFolderRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + ExtrasFileWords + @"(?![\p{L}\p{N}])", Options)]
    private static partial Regex ExtrasWordRegex();

    [GeneratedRegex(@"^(?<episode>\d{1,3})(?![\p{N}])(?![ ._]?x\d)", Options)]
    private static partial Regex LeadingNumberRegex();

    [GeneratedRegex(@"\.(?:r\d\d|part\d+\.rar)$", Options)]
    private static partial Regex ArchivePartRegex();
}
