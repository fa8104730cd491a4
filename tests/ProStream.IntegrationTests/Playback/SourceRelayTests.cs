using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Playback.Sources;

namespace ProStream.IntegrationTests.Playback;

/// <summary>ffprobe and ffmpeg read sources only through ProStream's guarded fetcher (issue 9).</summary>
public sealed class SourceRelayTests
{
    [Fact]
    public async Task Sources_pointing_inward_never_reach_an_internal_server_while_real_films_still_play()
    {
        await using var world = await PlaybackTestWorld.CreateAsync(guarded: true);
        await using var inside = await CountingServer.StartAsync();
        world.Films.Inward = inside.BaseAddress;

        (string Path, HttpStatusCode Status)[] attacks =
        [
            ("bad/playlist.m3u8", HttpStatusCode.UnprocessableEntity),
            ("bad/disguised.mkv", HttpStatusCode.UnprocessableEntity),
            ("bad/redirect-inward", HttpStatusCode.BadRequest),
        ];
        foreach (var (path, status) in attacks)
        {
            var problem = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = new Uri(world.Films.BaseAddress, path).ToString() })
                .ReadProblemAsync(status);
            AssertNoAddress(problem.GetProperty("detail").GetString());
        }

        await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = new Uri(inside.BaseAddress, "films/film.mkv").ToString() })
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        var session = await world.CreateSessionAsync(TestFilms.Film);
        await TestFilms.RunAsync("-i", world.FileUrl(session, "master.m3u8").ToString(), "-map", "0:v", "-c", "copy", Path.Combine(world.App.DataDir, "guarded.ts"));

        Assert.Equal(0, inside.Hits);
    }

    [Fact]
    public async Task A_host_that_resolves_inward_after_the_check_is_never_connected_to_again()
    {
        var resolver = new RebindingResolver();
        await using var world = await PlaybackTestWorld.CreateAsync(
            services: services => services.AddSingleton<SourceResolver>(resolver), guarded: true);
        // The same port on an internal address: where a second resolution would lead.
        await using var inside = await CountingServer.StartAsync("127.0.0.1", world.Films.BaseAddress.Port);

        var url = new Uri(world.Films.Port(RebindingResolver.Host), "films/" + TestFilms.Film);
        var session = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = url.ToString() })
            .ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);
        await TestFilms.RunAsync("-i", world.FileUrl(session, "master.m3u8").ToString(), "-map", "0:v", "-c", "copy", Path.Combine(world.App.DataDir, "rebind.ts"));

        Assert.Equal(1, resolver.Lookups);
        Assert.Equal(0, inside.Hits);
        Assert.True(world.Films.BytesSent > 0);

        // The user-chosen host name is no metric label (HttpClient's meter would make it one).
        var metrics = await world.App.ScrapeUntilAsync("http_client_request_duration");
        Assert.Contains("http_client_request_duration", metrics);
        Assert.DoesNotContain("rebind.test", metrics);
    }

    [Fact]
    public async Task Misbehaving_sources_are_refused_within_their_deadlines_and_hold_no_slot()
    {
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?>
        {
            ["Playback:HeadersTimeout"] = "00:00:02",
            ["Playback:StallTimeout"] = "00:00:02",
            ["Playback:StartTimeout"] = "00:00:05",
            ["Playback:MaxSessions"] = "1",
            ["Playback:MaxSessionsPerUser"] = "1",
        });

        using var read = new SourceBytesListener(world.App.Services);
        (string Path, HttpStatusCode Status)[] sources =
        [
            ("bad/silent", HttpStatusCode.GatewayTimeout),
            ("bad/stall", HttpStatusCode.GatewayTimeout),
            ("bad/trickle", HttpStatusCode.GatewayTimeout),
            ("bad/endless", HttpStatusCode.UnprocessableEntity),
            ("bad/huge", HttpStatusCode.UnprocessableEntity),
            ("bad/playlist.m3u8", HttpStatusCode.UnprocessableEntity),
        ];
        foreach (var (path, status) in sources)
        {
            var readBefore = read.Bytes;
            var problem = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = new Uri(world.Films.BaseAddress, path).ToString() })
                .ReadProblemAsync(status);
            AssertNoAddress(problem.GetProperty("detail").GetString());

            // The only slot is free again: the next request is judged on its source (502), not refused for capacity (429).
            await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.UrlOf("missing.mkv").ToString() })
                .ReadProblemAsync(HttpStatusCode.BadGateway);
            // What the server read, not what the endless sources pushed at a closed connection.
            Assert.True(read.Bytes - readBefore < 64L * 1024 * 1024, $"{path}: {read.Bytes - readBefore} bytes read");
        }

        Assert.Empty(Directory.EnumerateDirectories(world.WorkDir));
    }

    [Fact]
    public async Task Playback_with_three_seeks_reads_the_source_about_once()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        using var read = new SourceBytesListener(world.App.Services);
        var films = await TestFilms.GetWithLongFilmAsync();
        var size = new FileInfo(films.PathOf(TestFilms.Long)).Length;
        var session = await world.CreateSessionAsync(TestFilms.Long);
        var anonymous = world.App.Anonymous();
        var count = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(world.FileUrl(session, "v.m3u8"))).Count;

        // Start, jump ahead, back to where we left (ffmpeg restarts over bytes already read), on to the end, then back again.
        int[][] runs = [[0, 1, 2], [count * 2 / 3, (count * 2 / 3) + 1], [3, 4, 5, 6], [(count * 2 / 3) + 2, count - 1], [1, 2]];
        foreach (var run in runs)
        {
            for (var index = run[0]; index <= run[^1]; index++)
            {
                var segment = await anonymous.GetByteArrayAsync(world.FileUrl(session, $"v/{index}.m4s"));
                Assert.NotEmpty(segment);
            }
        }

        Assert.True(world.Films.BytesSent <= size * 1.05, $"read {world.Films.BytesSent} bytes of a {size}-byte file");

        // The metric counts exactly what ProStream read: at most what the server sent (which may include a drained remainder).
        Assert.InRange(read.Bytes, size * 2 / 3, world.Films.BytesSent);
    }

    private static void AssertNoAddress(string? detail)
    {
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.DoesNotMatch(@"\d+\.\d+\.\d+\.\d+|:\d{2,5}\b|\[[0-9a-f:]+\]", detail);
    }

    /// <summary>Answers the public-like address once, then an internal one: a DNS-rebinding attacker.</summary>
    private sealed class RebindingResolver : SourceResolver
    {
        public const string Host = "films.rebind.test";

        private int _lookups;

        public int Lookups => Volatile.Read(ref _lookups);

        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            if (host != Host)
            {
                return base.ResolveAsync(host, cancellationToken);
            }

            var first = Interlocked.Increment(ref _lookups) == 1;
            return Task.FromResult(new[] { IPAddress.Parse(first ? PlaybackTestWorld.PublicHost : "127.0.0.1") });
        }
    }
}
