using System.Diagnostics;

namespace ProStream.Bench;

/// <summary>One trial of N concurrent viewers: how many segments arrived after the moment the player needed them.</summary>
public sealed record CapacityTrial(int Sessions, int Segments, int LateSegments, double WorstLatenessSeconds, double LoadAverage);

/// <summary>
/// N viewers play at real-time pace, each like hls.js: play starts when segment 0 arrives, the player keeps
/// <see cref="BufferAhead"/> of media buffered, and a segment (video + default audio) is late when it arrives after
/// its start time on the playback clock (a stall). N grows until some segment is late.
/// </summary>
public sealed class CapacityMeasurement(PlaybackClient client, RangeFileServer films, PlaybackMeasurements measurements)
{
    private static readonly TimeSpan BufferAhead = TimeSpan.FromSeconds(30);

    // Tolerated lateness: below what a player's buffer of one frame hides; above it, the viewer sees a stall.
    private const double Tolerance = 0.05;

    public async Task<IReadOnlyList<CapacityTrial>> RunAsync(BenchFilm film, IReadOnlyList<int> steps, double mediaSeconds, TextWriter log)
    {
        var trials = new List<CapacityTrial>();
        foreach (var n in steps)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, n).Select(_ => Task.Run(() => PlayAsync(film, mediaSeconds))));
            var trial = new CapacityTrial(
                n, results.Sum(r => r.Segments), results.Sum(r => r.Late), results.Max(r => r.WorstLateness), LoadAverage());
            trials.Add(trial);
            log.WriteLine($"capacity: {n} sessions, {trial.LateSegments}/{trial.Segments} late segments, worst {trial.WorstLatenessSeconds:0.00} s, load {trial.LoadAverage:0.0}");
            await measurements.WaitForQuietAsync();
            if (trial.LateSegments > 0)
            {
                break;
            }
        }

        return trials;
    }

    private async Task<(int Segments, int Late, double WorstLateness)> PlayAsync(BenchFilm film, double mediaSeconds)
    {
        var (_, _, session) = await client.StartAsync(films.UrlOf(film.Name));
        try
        {
            var playing = Stopwatch.StartNew();
            var segments = (await client.VideoSegmentsAsync(session)).Where(s => s.Start < mediaSeconds).ToArray();
            var late = 0;
            var worst = 0.0;
            await client.GetFileAsync(session, segments[0].Uri.Replace("v/", "a0/", StringComparison.Ordinal));
            foreach (var segment in segments.Skip(1))
            {
                var wanted = TimeSpan.FromSeconds(segment.Start) - BufferAhead;
                if (playing.Elapsed < wanted)
                {
                    await Task.Delay(wanted - playing.Elapsed);
                }

                await Task.WhenAll(
                    client.GetFileAsync(session, segment.Uri),
                    client.GetFileAsync(session, segment.Uri.Replace("v/", "a0/", StringComparison.Ordinal)));
                var lateness = playing.Elapsed.TotalSeconds - segment.Start;
                if (lateness > Tolerance)
                {
                    late++;
                    worst = Math.Max(worst, lateness);
                }
            }

            return (segments.Length, late, worst);
        }
        finally
        {
            await client.DeleteAsync(session);
        }
    }

    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
