using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Catalog;
using ProStream.Server.Hosting;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Library;

namespace ProStream.IntegrationTests.Catalog;

/// <summary>What other features use from the catalogue, and what it reports about TMDB.</summary>
public sealed class CatalogServiceTests
{
    [Fact]
    public async Task Title_ids_for_a_release_search_come_from_the_cached_details()
    {
        await using var world = CatalogWorld.Create();
        world.App.Anonymous();
        var catalog = world.App.Services.GetRequiredService<CatalogService>();

        var show = await catalog.GetTitleIdsAsync(MediaType.Tv, TmdbData.GameOfThrones, TestContext.Current.CancellationToken);
        var movie = await catalog.GetTitleIdsAsync(MediaType.Movie, TmdbData.FightClub, TestContext.Current.CancellationToken);
        await catalog.GetTitleIdsAsync(MediaType.Movie, TmdbData.FightClub, TestContext.Current.CancellationToken);

        Assert.Equal(new TitleIds(MediaType.Tv, 1399, "[en-US] Game of Thrones", "Game of Thrones", 2011, "tt0944947", 121361, "en"), show);
        Assert.Equal(new TitleIds(MediaType.Movie, 550, "[en-US] Fight Club", "Fight Club", 1999, "tt0137523", null, "en"), movie);
        Assert.Equal(1, world.Tmdb.CallsTo("/3/movie/550"));
        var missing = await Assert.ThrowsAsync<UpstreamException>(() =>
            catalog.GetTitleIdsAsync(MediaType.Movie, 4040, TestContext.Current.CancellationToken));
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task Upstream_latency_and_errors_are_measured()
    {
        await using var world = CatalogWorld.Create();
        var client = await world.ViewerAsync();
        var factory = world.App.Services.GetRequiredService<IMeterFactory>();
        var durations = new List<(string Operation, string Outcome)>();
        var errors = new List<(string Operation, int Status)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == UpstreamMetrics.MeterName && instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            lock (durations)
            {
                durations.Add((Tag(tags, "operation"), Tag(tags, "outcome")));
            }
        });
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (errors)
            {
                errors.Add((Tag(tags, "operation"), int.Parse(Tag(tags, "status"), System.Globalization.CultureInfo.InvariantCulture)));
            }
        });
        listener.Start();

        await client.GetAsync("/api/catalog/movies/550").ReadJsonAsync<MovieBody>(HttpStatusCode.OK);
        await client.GetAsync("/api/catalog/movies/4040").ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains(("movie", "success"), durations);
        Assert.Contains(("configuration", "success"), durations);
        Assert.Contains(("movie", "error"), durations);
        Assert.Equal([("movie", 404)], errors);
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
        }

        return "";
    }
}
