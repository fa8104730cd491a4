using ProStream.Server.Catalog.Wire;

namespace ProStream.Server.Catalog;

/// <summary>
/// The billed cast (first <see cref="MaxCast"/> by billing order) and the crew people look for
/// on a title page; TMDB's full crew runs to hundreds of names.
/// </summary>
public sealed record Credits(IReadOnlyList<CastMember> Cast, IReadOnlyList<CrewMember> Crew)
{
    public const int MaxCast = 30;

    private static readonly HashSet<string> KeyJobs =
        ["Director", "Screenplay", "Writer", "Novel", "Story", "Creator", "Producer", "Original Music Composer", "Director of Photography"];

    internal static Credits From(TmdbCredits? credits, TmdbImages images) => new(
        [.. (credits?.Cast ?? [])
            .OrderBy(c => c.Order ?? int.MaxValue)
            .Take(MaxCast)
            .Select(c => new CastMember(c.Id, c.Name ?? "", CatalogItem.NullIfEmpty(c.Character), images.Profile(c.ProfilePath)))],
        [.. (credits?.Crew ?? [])
            .Where(c => c.Job is not null && KeyJobs.Contains(c.Job))
            .Select(c => new CrewMember(c.Id, c.Name ?? "", c.Job!, c.Department, images.Profile(c.ProfilePath)))]);
}

public sealed record CastMember(int Id, string Name, string? Character, string? ProfileUrl);

public sealed record CrewMember(int Id, string Name, string Job, string? Department, string? ProfileUrl);

/// <summary>A trailer, teaser or clip hosted on YouTube or Vimeo.</summary>
public sealed record Video(string Key, string Name, string Site, string Type, string? Language, bool Official, string? Url)
{
    /// <summary>Trailers first, then teasers; within each, the viewer's language first, then official ones, newest first.</summary>
    internal static IReadOnlyList<Video> From(TmdbVideoList? videos, string language)
    {
        var wanted = language.Split('-')[0];
        return [.. (videos?.Results ?? [])
            .Where(v => !string.IsNullOrEmpty(v.Key) && !string.IsNullOrEmpty(v.Site))
            .OrderBy(v => v.Type switch { "Trailer" => 0, "Teaser" => 1, _ => 2 })
            .ThenBy(v => string.Equals(v.Language, wanted, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(v => v.Official == true ? 0 : 1)
            .ThenByDescending(v => v.PublishedAt, StringComparer.Ordinal)
            .Select(v => new Video(v.Key!, v.Name ?? "", v.Site!, v.Type ?? "", v.Language, v.Official == true, WatchUrl(v.Site!, v.Key!)))];
    }

    private static string? WatchUrl(string site, string key) => site switch
    {
        "YouTube" => $"https://www.youtube.com/watch?v={Uri.EscapeDataString(key)}",
        "Vimeo" => $"https://vimeo.com/{Uri.EscapeDataString(key)}",
        _ => null,
    };
}
