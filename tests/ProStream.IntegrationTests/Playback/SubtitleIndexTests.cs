using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Playback.Sessions;

namespace ProStream.IntegrationTests.Playback;

/// <summary>A large subtitle track: cues parsed once however many segments are asked for, and a cap past which it is not served.</summary>
public sealed partial class SubtitleIndexTests
{
    private const string BigSubtitlesFilm = "big-subtitles.mkv";
    private const int Cues = 150;
    private const double CueSpacing = 0.125;

    private static readonly Lazy<Task> Generated = new(GenerateAsync);

    [Fact]
    public async Task Many_vtt_requests_get_the_right_cues_while_the_track_is_parsed_once()
    {
        await Generated.Value;
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(BigSubtitlesFilm);
        var client = world.App.Anonymous();
        var segments = PlaybackTestWorld.Segments(await client.GetStringAsync(world.FileUrl(session, "s0.m3u8")));
        // Cues are muxed a little behind the video: let ffmpeg finish the short film so every cue is on disk.
        await client.GetByteArrayAsync(world.FileUrl(session, $"v/{segments.Count - 1}.m4s"));
        var directory = Path.Combine(world.WorkDir, session.Id.ToString("N"));
        Assert.True(await FfmpegProcesses.EventuallyAsync(() => FfmpegProcesses.Under(directory).Length == 0), "ffmpeg finished the film");

        for (var round = 0; round < 6; round++)
        {
            var answers = await Task.WhenAll(segments.Select((_, i) => client.GetStringAsync(world.FileUrl(session, $"s0/{i}.vtt"))));
            for (var i = 0; i < segments.Count; i++)
            {
                Assert.Equal(ExpectedCues(segments[i].Start, segments[i].Start + segments[i].Duration), CueNumbers(answers[i]));
            }
        }

        var live = Live(world, session);
        var runFiles = Directory.GetFiles(Path.Combine(world.WorkDir, session.Id.ToString("N"), "s0"), "run*.vtt").Sum(f => new FileInfo(f).Length);
        var parsed = live.SubtitleBytesParsed(0);
        Assert.InRange(parsed, 100_000, runFiles);
    }

    [Fact]
    public async Task A_track_larger_than_the_cap_is_listed_unavailable_and_not_served()
    {
        await Generated.Value;
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?> { ["Playback:MaxSubtitleBytes"] = "65536" });
        var session = await world.CreateSessionAsync(BigSubtitlesFilm);
        var client = world.App.Anonymous();
        var segments = PlaybackTestWorld.Segments(await client.GetStringAsync(world.FileUrl(session, "s0.m3u8")));

        var last = await client.GetStringAsync(world.FileUrl(session, $"s0/{segments.Count - 1}.vtt"));
        var first = await client.GetStringAsync(world.FileUrl(session, "s0/0.vtt"));

        Assert.Empty(CueNumbers(last));
        Assert.Empty(CueNumbers(first));
        Assert.StartsWith("WEBVTT\n", first, StringComparison.Ordinal);
        using var listed = await world.Viewer.GetAsync($"/api/playback/sessions/{session.Id}");
        var body = await listed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("\"available\":false", body, StringComparison.Ordinal);
        Assert.Contains("MaxSubtitleBytes", body, StringComparison.Ordinal);
    }

    private static PlaybackSession Live(PlaybackTestWorld world, PlaybackTestWorld.SessionBody session)
    {
        var token = session.MasterPlaylistUrl.Split('/')[3];
        return world.App.Services.GetRequiredService<PlaybackSessionRegistry>().FindByToken(session.Id, token)!;
    }

    private static List<int> ExpectedCues(double start, double end) =>
        [.. Enumerable.Range(0, Cues).Where(n => CueStart(n) >= start && CueStart(n) < end)];

    private static List<int> CueNumbers(string vtt) => [.. CueNumber().Matches(vtt).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    // Starts never fall on a segment boundary (keyframes every 2 s).
    private static double CueStart(int n) => 0.1 + (n * CueSpacing);

    private static async Task GenerateAsync()
    {
        var films = await TestFilms.GetAsync();
        var path = films.PathOf(BigSubtitlesFilm);
        if (File.Exists(path))
        {
            return;
        }

        var srt = new StringBuilder();
        var padding = new string('x', 900);
        for (var n = 0; n < Cues; n++)
        {
            srt.Append(CultureInfo.InvariantCulture, $"{n + 1}\n{Srt(CueStart(n))} --> {Srt(CueStart(n) + 0.1)}\nCue {n} {padding}\n\n");
        }

        var srtPath = path + $".{Environment.ProcessId}.srt";
        await File.WriteAllTextAsync(srtPath, srt.ToString());
        var partial = path + $".tmp-{Environment.ProcessId}.mkv";
        await TestFilms.RunAsync(
            "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=20", "-f", "lavfi", "-i", "sine=duration=20", "-i", srtPath,
            "-map", "0:v", "-map", "1:a", "-map", "2:s", "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", "-c:s", "srt",
            "-metadata:s:s:0", "language=eng", partial);
        File.Move(partial, path, overwrite: true);
        File.Delete(srtPath);
    }

    private static string Srt(double seconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00},{time.Milliseconds:000}");
    }

    [GeneratedRegex(@"Cue (\d+) ")]
    private static partial Regex CueNumber();
}
