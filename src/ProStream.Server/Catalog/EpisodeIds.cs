namespace ProStream.Server.Catalog;

/// <summary>How release names may name one episode besides "S02E03": by its number counted from the show's first
/// episode (anime: "Show - 27") and by its first air date (daily shows: "Show.2011.01.10"). Either may be unknown.</summary>
public sealed record EpisodeIds(int? AbsoluteNumber, DateOnly? AirDate)
{
    public static readonly EpisodeIds Unknown = new(null, null);

    /// <summary>The episode's number counted across the regular seasons, from TMDB's episode count of each season
    /// before it (specials, season 0, do not count): S02E03 after a season of 24 is 27. Unknown for specials and
    /// when TMDB lacks the count of an earlier season.</summary>
    public static int? CountFromFirst(IReadOnlyList<SeasonSummary> seasons, int season, int episode)
    {
        ArgumentNullException.ThrowIfNull(seasons);
        if (season < 1 || episode < 1)
            return null;
        var before = 0;
        for (var number = 1; number < season; number++)
        {
            if (seasons.FirstOrDefault(s => s.SeasonNumber == number)?.EpisodeCount is not { } count)
                return null;
            before += count;
        }
        return before + episode;
    }
}
