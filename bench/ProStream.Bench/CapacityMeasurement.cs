using System.Diagnostics;

namespace ProStream.Bench;

/// <summary>One trial of N concurrent viewers: how many segments arrived after the moment the player needed them.</summary>
// FailedStarts: sessions whose creation failed (e.g. 504 when ffprobe timed out under load); they count as behind.
public sealed record CapacityTrial(int Sessions, int Segments, int LateSegments, double WorstLatenessSeconds, double LoadAverage, int FailedStarts)
{
    public bool KeptUp => LateSegments == 0 && FailedStarts == 0;
}

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
                n, results.Sum(r => r.Segments), results.Sum(r => r.Late), results.Max(r => r.WorstLateness), LoadAverage(), results.Count(r => r.Failed is not null));
            trials.Add(trial);
            log.WriteLine($"capacity: {n} sessions, {trial.LateSegments}/{trial.Segments} late segments, worst {trial.WorstLatenessSeconds:0.00} s, {trial.FailedStarts} failed starts, load {trial.LoadAverage:0.0}");
            foreach (var failure in results.Select(r => r.Failed).OfType<string>().Distinct().Take(3))
            {
                log.WriteLine($"  failed start: {failure}");
            }

            await measurements.WaitForQuietAsync();
            if (!trial.KeptUp)
            {
                break;
            }
        }

        return trials;
    }

    private async Task<(int Segments, int Late, double WorstLateness, string? Failed)> PlayAsync(BenchFilm film, double mediaSeconds)
    {
        SessionBody session;
        try
        {
            (_, _, session) = await client.StartAsync(films.UrlOf(film.FileName), film.ClientCodecs);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            return (0, 0, 0, e.Message);
        }

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

            return (segments.Length, late, worst, null);
        }
        finally
        {
            await client.DeleteAsync(session);
        }
    }

    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
