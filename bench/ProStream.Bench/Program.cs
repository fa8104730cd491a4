using System.Globalization;
using ProStream.Bench;

// Usage: dotnet run -c Release --project bench/ProStream.Bench [-- --runs 5 --stages parse,boot,catalog,start,concurrent,seek,full,play,capacity --capacity-steps 4,8,16,32,48,64]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var log = Console.Error;

// The parse stage needs no server: it runs first and alone when asked for alone.
if (options.Has("parse"))
{
    Console.WriteLine(await ParseSpeed.RunAsync(log));
    if (options.Stages.Count == 1)
        return;
}

var report = new BenchReport(options, await MachineDescription.ReadAsync());

// Start-up and idle memory first, before films and the long-running server load the machine.
if (options.Has("boot"))
{
    log.WriteLine("boot: server against an empty ASP.NET Core app");
    var (serverBoots, emptyBoots) = await BootMeasurement.RunAsync(options.Runs, log);
    report.Boot(serverBoots, emptyBoots);
}

// Films only for the stages that play them: boot and catalog alone start in seconds.
var playsFilms = options.Stages.Except(["boot", "catalog"], StringComparer.OrdinalIgnoreCase).Any();
var filmDirectory = playsFilms ? await BenchFilms.EnsureAsync(log) : Directory.CreateTempSubdirectory("prostream-bench-nofilms").FullName;
await using var films = await RangeFileServer.StartAsync(filmDirectory);
// Fake TMDB, Prowlarr and AllDebrid and an HTTPS film server for the /api/play stage, configured into the server at start.
await using var upstreams = options.Has("play") || options.Has("catalog") ? await PlayUpstreams.StartAsync(filmDirectory) : null;
await using var server = await ServerUnderTest.StartAsync(upstreams?.ServerEnvironment);
var viewer = await server.SignInAsync();
var client = new PlaybackClient(viewer, server.Address);
var measurements = new PlaybackMeasurements(server, films, client, filmDirectory);

// One untimed session first: JIT, SQLite, connection pools, page cache of the films.
if (playsFilms)
{
    var (_, _, warmup) = await client.StartAsync(films.UrlOf(BenchFilms.H264_720p.Name));
    await client.DeleteAsync(warmup);
    await measurements.WaitForQuietAsync();
}

try
{
    if (options.Has("catalog"))
    {
        log.WriteLine("catalog: cached popular movies against nginx, wrk -t2 -c32");
        report.Catalog(await new CatalogMeasurement(server.Address, viewer).RunAsync(Math.Max(2, options.Runs / 2), log));
    }

    if (options.Has("start"))
    {
        foreach (var film in BenchFilms.Played)
        {
            log.WriteLine($"start: {film.Name}");
            var result = await measurements.StartAsync(film, options.Runs);
            report.Start(film, result);
            if (film == BenchFilms.H264_720p && result.BareFfmpeg is { } bare)
            {
                report.FirstSegment(result.FirstSegment, bare, await MachineDescription.LoadAverageAsync());
            }
        }
    }

    if (options.Has("concurrent"))
    {
        log.WriteLine("concurrent start: 10 sessions");
        var (perSession, slowest) = await measurements.ConcurrentStartAsync(BenchFilms.H264_720p, 10, Math.Max(3, options.Runs / 2));
        report.Concurrent(BenchFilms.H264_720p, 10, perSession, slowest);
    }

    if (options.Has("seek"))
    {
        foreach (var film in BenchFilms.Played)
        {
            log.WriteLine($"cold seek: {film.Name}");
            var (video, both) = await measurements.ColdSeekAsync(film, options.Runs);
            report.Seek(film, video, both);
        }
    }

    if (options.Has("full"))
    {
        foreach (var film in BenchFilms.Played)
        {
            log.WriteLine($"full playback: {film.Name}");
            report.Full(film, await measurements.FullPlaybackAsync(film));
        }
    }

    if (options.Has("play") && upstreams is not null)
    {
        log.WriteLine("play: POST /api/play against POST /api/playback/sessions");
        report.Play(await new PlayMeasurement(upstreams, client, measurements).RunAsync(options.Runs, log));
    }

    if (options.Has("capacity"))
    {
        var capacity = new CapacityMeasurement(client, films, measurements);
        report.Capacity(BenchFilms.H264_720p, await capacity.RunAsync(BenchFilms.H264_720p, options.CapacitySteps, options.CapacityMediaSeconds, log));
    }

}
finally
{
    // Whatever was measured is printed, also when a stage fails.
    Console.WriteLine(report.ToMarkdown(await MachineDescription.LoadAverageAsync()));
}
