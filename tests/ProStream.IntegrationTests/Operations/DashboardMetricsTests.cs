using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.Operations;

/// <summary>The provisioned Grafana dashboard against what the server really exports.</summary>
public sealed partial class DashboardMetricsTests
{
    [Fact]
    public async Task Every_dashboard_query_names_a_series_the_server_exports_with_data_after_a_playback()
    {
        await using var tmdb = new FakeTmdbServer();
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?>
        {
            ["Tmdb:BaseUrl"] = tmdb.ApiBase,
            ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
        });
        await PlayAndSeekAsync(world);
        await world.Viewer.GetAsync("/api/catalog/movies/popular");
        tmdb.Failure = new FakeFailure(500, FakeTmdbServer.ErrorBody(11, "Internal error."));
        await world.Viewer.GetAsync("/api/catalog/movies/top-rated");
        await world.App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" });

        var exported = Samples(await world.App.ScrapeUntilAsync("prostream_upstream_errors_total"));

        var missing = DashboardSeries().Where(series => !HasData(exported, series)).ToList();
        Assert.True(missing.Count == 0, "Dashboard series with no data: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Latency_histograms_have_sub_second_buckets()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        await PlayAndSeekAsync(world);

        var text = await world.App.ScrapeUntilAsync("prostream_playback_segment_wait_seconds_bucket");

        Assert.Matches("prostream_playback_segment_wait_seconds_bucket\\{[^}]*le=\"0.1\"", text);
        Assert.Matches("prostream_playback_session_start_seconds_bucket\\{[^}]*le=\"0.5\"", text);
        Assert.Matches("prostream_playback_session_start_seconds_bucket\\{[^}]*le=\"30\"", text);
    }

    /// <summary>
    /// Starts a session on the long film, reads a segment at the start and one near the end: ffmpeg,
    /// throttled near the viewer, is far from it, so it restarts there and the request waits for it.
    /// </summary>
    private static async Task PlayAndSeekAsync(PlaybackTestWorld world)
    {
        await TestFilms.GetWithLongFilmAsync();
        var session = await world.CreateSessionAsync(TestFilms.Long);
        var anonymous = world.App.Anonymous();
        var video = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(world.FileUrl(session, "v.m3u8")));
        await anonymous.GetByteArrayAsync(world.FileUrl(session, video[0].Uri));
        await anonymous.GetByteArrayAsync(world.FileUrl(session, video[^1].Uri));
    }

    // A gauge at 0 (no ffmpeg running once the short film is written) is data; a counter or histogram must have counted.
    private static bool HasData(Dictionary<string, double> exported, string series) =>
        exported.TryGetValue(series, out var total) && (total > 0 || !Counts().IsMatch(series));

    /// <summary>Every metric name the dashboard's queries read (a histogram's <c>_bucket</c> included).</summary>
    private static SortedSet<string> DashboardSeries()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("deploy", "grafana", "dashboards", "prostream.json")));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            if (!panel.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            foreach (var target in targets.EnumerateArray())
            {
                foreach (Match name in MetricInQuery().Matches(target.GetProperty("expr").GetString()!))
                {
                    names.Add(name.Groups[1].Value);
                }
            }
        }

        Assert.NotEmpty(names);
        return names;
    }

    /// <summary>Sum of the values of every sample of each metric in Prometheus text format.</summary>
    private static Dictionary<string, double> Samples(string exposition)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in exposition.Split('\n'))
        {
            var sample = SampleLine().Match(line);
            if (sample.Success && double.TryParse(sample.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                totals[sample.Groups[1].Value] = totals.GetValueOrDefault(sample.Groups[1].Value) + Math.Abs(value);
            }
        }

        return totals;
    }

    // A metric is a name directly followed by its label selector, e.g. rate(x_total{job="$job"}[…]).
    [GeneratedRegex(@"([a-z_][a-z0-9_]*)\{")]
    private static partial Regex MetricInQuery();

    [GeneratedRegex("_(total|bucket|count)$")]
    private static partial Regex Counts();

    [GeneratedRegex(@"^([a-z_][a-z0-9_]*)(?:\{[^}]*\})? (\S+)")]
    private static partial Regex SampleLine();
}
