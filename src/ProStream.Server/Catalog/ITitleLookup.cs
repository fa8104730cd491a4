using ProStream.Server.Library;

namespace ProStream.Server.Catalog;

/// <summary>
/// Resolves a TMDB id to its title, year and external ids; what a release search needs. The
/// catalogue implements it; release tests substitute their own.
/// </summary>
public interface ITitleLookup
{
    Task<TitleIds> GetTitleIdsAsync(MediaType type, int tmdbId, CancellationToken ct);

    /// <summary>The absolute number and air date of a show's episode, as far as the catalogue knows them
    /// (a lookup without episode data knows neither).</summary>
    Task<EpisodeIds> GetEpisodeIdsAsync(int tmdbId, int season, int episode, CancellationToken ct) => Task.FromResult(EpisodeIds.Unknown);
}
