using ProStream.Server.Library;

namespace ProStream.Server.Releases;

/// <summary>What a release search needs to know about a TMDB title. Ids are null when TMDB has none.</summary>
public sealed record TitleIds(string Title, int? Year, string? ImdbId, int? TvdbId);

/// <summary>
/// Resolves a TMDB id to a title, year and external ids; implemented by the catalogue. When no
/// implementation is registered, searching by <c>tmdbId</c> answers 503.
/// </summary>
public interface ITitleLookup
{
    Task<TitleIds> LookupAsync(MediaType type, int tmdbId, CancellationToken cancellationToken);
}
