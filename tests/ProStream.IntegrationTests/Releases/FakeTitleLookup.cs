using ProStream.Server.Catalog;
using ProStream.Server.Library;

namespace ProStream.IntegrationTests.Releases;

/// <summary>Stands in for the catalogue: Dune (movie 438631) and Game of Thrones (tv 1399).</summary>
public sealed class FakeTitleLookup : ITitleLookup
{
    public Task<TitleIds> GetTitleIdsAsync(MediaType type, int tmdbId, CancellationToken ct) =>
        Task.FromResult((type, tmdbId) switch
        {
            (MediaType.Movie, 438631) => new TitleIds(MediaType.Movie, 438631, "Dune", "Dune", 2021, "tt1160419", null, "en"),
            (MediaType.Tv, 1399) => new TitleIds(MediaType.Tv, 1399, "Game of Thrones", "Game of Thrones", 2011, "tt0944947", 121361, "en"),
            _ => throw ProStream.Server.Hosting.Errors.ProblemException.NotFound($"No {type} {tmdbId}."),
        });
}
