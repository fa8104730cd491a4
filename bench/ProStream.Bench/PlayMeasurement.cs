using System.Diagnostics;

namespace ProStream.Bench;

/// <summary>One timed start: to the 201, to the first video segment fully received, and the fakes' requests it caused.</summary>
public sealed record PlayRun(TimeSpan Created, TimeSpan FirstSegment, UpstreamCalls Calls);

/// <summary>
/// <c>POST /api/play</c> against <c>POST /api/playback/sessions</c> on the same film over the same HTTPS server, runs
/// interleaved so both see the same load: the difference is what the orchestration costs.
/// </summary>
public sealed record PlayResult(
    IReadOnlyList<PlayRun> Direct, PlayRun MovieCold, IReadOnlyList<PlayRun> MovieWarm, IReadOnlyList<PlayRun> Episodes, Samples UpstreamRoundTrip);

public sealed class PlayMeasurement(PlayUpstreams upstreams, PlaybackClient client, PlaybackMeasurements measurements)
{
    private static readonly object Movie = new { tmdbId = 550, type = "movie" };

    public async Task<PlayResult> RunAsync(int runs, TextWriter log)
    {
        // The first play of a title meets empty caches (TMDB ids, the Prowlarr search, 5 minutes); later ones do not.
        var cold = await TimeAsync(() => client.PlayAsync(Movie));
        log.WriteLine($"play: cold movie {cold}");
        var direct = new List<PlayRun>();
        var warm = new List<PlayRun>();
        for (var run = 0; run < runs; run++)
        {
            direct.Add(await TimeAsync(() => client.CreateAsync(upstreams.Films.UrlOf(PlayUpstreams.Film.Name))));
            warm.Add(await TimeAsync(() => client.PlayAsync(Movie)));
            log.WriteLine($"play: direct {direct[^1]}, play {warm[^1]}");
        }

        // Each episode is a new episode search; the season-pack search is cached after the first.
        var episodes = new List<PlayRun>();
        for (var episode = 1; episode <= Math.Min(runs + 1, PlayUpstreams.Episodes); episode++)
        {
            var number = episode;
            episodes.Add(await TimeAsync(() => client.PlayAsync(new { tmdbId = 1399, type = "tv", season = 1, episode = number })));
            log.WriteLine($"play: episode {number} {episodes[^1]}");
        }

        return new PlayResult(direct, cold, warm, episodes, await RoundTripAsync(runs * 4));
    }

    private async Task<PlayRun> TimeAsync(Func<Task<SessionBody>> create)
    {
        var before = upstreams.Calls();
        var (created, _, first, session) = await client.TimeStartAsync(create);
        var calls = upstreams.Calls() - before;
        if (session.Mode != PlayUpstreams.Film.ExpectedMode)
        {
            throw new InvalidOperationException($"expected {PlayUpstreams.Film.ExpectedMode}, the server chose {session.Mode}.");
        }

        await client.DeleteAsync(session);
        await measurements.WaitForQuietAsync();
        return new PlayRun(created, first, calls);
    }

    /// <summary>One loopback request to a fake (Prowlarr's search, its connection kept alive), timed from here: the
    /// unit "one round-trip per upstream step" is counted in.</summary>
    private async Task<Samples> RoundTripAsync(int count)
    {
        using var http = new HttpClient { BaseAddress = upstreams.Prowlarr.BaseAddress };
        var url = $"/api/v1/search?query=Fight%20Club%201999&type=movie&categories=2000&apikey={ProStream.IntegrationTests.Fakes.FakeProwlarrServer.ApiKey}";
        (await http.GetAsync(url)).Dispose();
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        return new Samples(times);
    }
}
