using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ProStream.Bench;

/// <summary>Result of a full playback: source bytes read ÷ file size, ffmpeg CPU per minute of media, wall time.</summary>
public sealed record FullPlaybackResult(double BytesRatio, long BytesRead, long FileSize, long Requests, double CpuSecondsPerMediaMinute, TimeSpan Wall, double MediaSeconds);

/// <summary>A start stage row: client times, the POST's answer → first segment, bare ffmpeg (remux), the server's steps.</summary>
public sealed record StartResult(Samples Master, Samples FirstSegment, Samples AfterCreated, Samples? BareFfmpeg, IReadOnlyList<StartSteps> Steps);

/// <summary>The timed scenarios: each creates its own sessions, deletes them, and waits until their ffmpeg is gone.</summary>
public sealed partial class PlaybackMeasurements(ServerUnderTest server, RangeFileServer films, PlaybackClient client, string filmDirectory)
{
    /// <summary>
    /// Sessions started one after another, each after a bare ffmpeg run on the same film (remux films only): the
    /// client's times, the server's own account of each step, and the reference.
    /// </summary>
    public async Task<StartResult> StartAsync(BenchFilm film, int runs)
    {
        var master = new List<double>();
        var first = new List<double>();
        var afterCreated = new List<double>();
        var bare = new List<double>();
        var steps = new List<StartSteps>();
        for (var run = 0; run < runs; run++)
        {
            if (film.ExpectedMode == "remux")
            {
                bare.Add(await BareFfmpeg.FirstSegmentSecondsAsync(films.UrlOf(film.FileName)));
            }

            var (created, toMaster, toFirst, session) = await client.TimeStartAsync(() => client.CreateAsync(films.UrlOf(film.FileName), film.ClientCodecs));
            Check(film, session);
            master.Add(toMaster.TotalSeconds);
            first.Add(toFirst.TotalSeconds);
            afterCreated.Add((toFirst - created).TotalSeconds);
            if (await server.StartStepsAsync(session.Id) is { } logged)
            {
                steps.Add(logged);
            }

            await client.DeleteAsync(session);
            await WaitForQuietAsync();
        }

        return new StartResult(new Samples(master), new Samples(first), new Samples(afterCreated), bare.Count > 0 ? new Samples(bare) : null, steps);
    }

    /// <summary>n sessions started at once, per-session time to the first segment, and per run the slowest of them.</summary>
    public async Task<(Samples PerSession, Samples Slowest)> ConcurrentStartAsync(BenchFilm film, int sessions, int runs)
    {
        var perSession = new List<double>();
        var slowest = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var started = await Task.WhenAll(Enumerable.Range(0, sessions).Select(_ => Task.Run(() => client.StartAsync(films.UrlOf(film.FileName), film.ClientCodecs))));
            var times = started.Select(s => s.FirstSegment.TotalSeconds).ToArray();
            perSession.AddRange(times);
            slowest.Add(times.Max());
            await Task.WhenAll(started.Select(s => client.DeleteAsync(s.Session)));
            await WaitForQuietAsync();
        }

        return (new Samples(perSession), new Samples(slowest));
    }

    /// <summary>
    /// Playback started (first segment received), then a seek to 70 %: time to the video segment, and to the
    /// video and default audio segments fetched together as a player does.
    /// </summary>
    public async Task<(Samples Video, Samples VideoAndAudio)> ColdSeekAsync(BenchFilm film, int runs)
    {
        var video = new List<double>();
        var both = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (_, _, session) = await client.StartAsync(films.UrlOf(film.FileName), film.ClientCodecs);
            Check(film, session);
            var segments = await client.VideoSegmentsAsync(session);
            var target = segments.First(s => s.Start >= 0.7 * session.Duration);
            var clock = Stopwatch.StartNew();
            var videoTask = client.GetFileAsync(session, target.Uri).ContinueWith(_ => clock.Elapsed, TaskScheduler.Default);
            var audioTask = client.GetFileAsync(session, target.Uri.Replace("v/", "a0/", StringComparison.Ordinal));
            video.Add((await videoTask).TotalSeconds);
            await audioTask;
            both.Add(clock.Elapsed.TotalSeconds);
            await client.DeleteAsync(session);
            await WaitForQuietAsync();
        }

        return (new Samples(video), new Samples(both));
    }

    /// <summary>Every segment of every rendition (video, both audio tracks, subtitles), in order, as fast as served.</summary>
    public async Task<FullPlaybackResult> FullPlaybackAsync(BenchFilm film)
    {
        await WaitForQuietAsync();
        var cpuBefore = server.ReapedChildrenCpuSeconds();
        var bytesBefore = films.BytesSent;
        var requestsBefore = films.Requests;
        var clock = Stopwatch.StartNew();
        var session = await client.CreateAsync(films.UrlOf(film.FileName), film.ClientCodecs);
        Check(film, session);
        var master = await client.GetStringAsync(session, "master.m3u8");
        var playlists = new List<string> { "v.m3u8" };
        playlists.AddRange(MediaUri().Matches(master).Select(m => m.Groups[1].Value));
        var renditions = new List<IReadOnlyList<string>>();
        foreach (var playlist in playlists)
        {
            var text = await client.GetStringAsync(session, playlist);
            renditions.Add([.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]);
        }

        for (var i = 0; i < renditions[0].Count; i++)
        {
            foreach (var uris in renditions)
            {
                await client.GetFileAsync(session, uris[i]);
            }
        }

        var wall = clock.Elapsed;
        await client.DeleteAsync(session);
        await WaitForQuietAsync();
        // Reaping follows the exit by a moment.
        await Task.Delay(500);
        var bytes = films.BytesSent - bytesBefore;
        var size = new FileInfo(Path.Combine(filmDirectory, film.FileName)).Length;
        var cpu = server.ReapedChildrenCpuSeconds() - cpuBefore;
        return new FullPlaybackResult((double)bytes / size, bytes, size, films.Requests - requestsBefore, cpu / (session.Duration / 60), wall, session.Duration);
    }

    public async Task WaitForQuietAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (server.RunningFfmpegCount() > 0 && deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }
    }

    private static void Check(BenchFilm film, SessionBody session)
    {
        if (session.Mode != film.ExpectedMode)
        {
            throw new InvalidOperationException($"{film.Name}: expected {film.ExpectedMode}, the server chose {session.Mode}.");
        }
    }

    [GeneratedRegex("URI=\"([^\"]+\\.m3u8)\"")]
    private static partial Regex MediaUri();
}
