using System.Diagnostics;

namespace ProStream.IntegrationTests.Playback;

/// <summary>Short films generated once per test run with ffmpeg's lavfi sources.</summary>
public sealed class TestFilms
{
    private static readonly Lazy<Task<TestFilms>> Shared = new(GenerateAsync);

    private TestFilms(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>H.264 640x360 25 fps, 2 s GOP, 20 s; AAC eng "English Stereo" (default) + AAC fre; an SRT track (eng).</summary>
    public const string Film = "film.mkv";

    /// <summary>H.264 with keyframes only at 0, 1.4, 5.2, 7, 13.9, 14.5, 21.3, 26 s; 30 s; one AAC track.</summary>
    public const string Irregular = "irregular.mkv";

    /// <summary>HEVC 640x360 with AC-3 5.1 audio, 12 s.</summary>
    public const string HevcAc3 = "hevc-ac3.mkv";

    /// <summary>H.264 640x360, 2 s GOP, 150 s, one AAC track: long enough for throttling and cold seeks.</summary>
    public const string Long = "long.mkv";

    /// <summary><see cref="Irregular"/> copied into MP4 with <c>moov</c> after <c>mdat</c> (ffmpeg's default).</summary>
    public const string IrregularMp4 = "irregular.mp4";

    /// <summary><see cref="Irregular"/> copied into MP4 with <c>-movflags +faststart</c> (<c>moov</c> first).</summary>
    public const string IrregularMp4FastStart = "irregular-faststart.mp4";

    /// <summary>H.264 640x360, 2 s GOP, 12 s; AAC stereo eng (default), AC-3 5.1 fre, Opus stereo jpn.</summary>
    public const string MultiCodecAudio = "multi-codec-audio.mkv";

    /// <summary>HEVC Main 10 (yuv420p10le) 640x360, 2 s GOP, 12 s; AAC stereo.</summary>
    public const string Hevc10 = "hevc10.mkv";

    private static readonly Lazy<Task<TestFilms>> ProfileFilms = new(async () =>
    {
        var films = await Shared.Value;
        await Task.WhenAll(
            GenerateOnceAsync(films.PathOf(MultiCodecAudio),
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=12", "-f", "lavfi", "-i", "sine=frequency=440:duration=12",
                "-f", "lavfi", "-i", "sine=frequency=660:duration=12", "-f", "lavfi", "-i", "sine=frequency=880:duration=12",
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:a", "-c:v", "libx264", "-preset", "veryfast", "-g", "50",
                "-c:a:0", "aac", "-ac:a:0", "2", "-c:a:1", "ac3", "-ac:a:1", "6", "-c:a:2", "libopus", "-ac:a:2", "2",
                "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fre", "-metadata:s:a:2", "language=jpn",
                "-disposition:a:0", "default", "-disposition:a:1", "0", "-disposition:a:2", "0"),
            GenerateOnceAsync(films.PathOf(Hevc10),
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=12", "-f", "lavfi", "-i", "sine=duration=12",
                "-map", "0:v", "-map", "1:a", "-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le",
                "-x265-params", "log-level=error:keyint=50:min-keyint=50", "-c:a", "aac"));
        return films;
    });

    /// <summary>
    /// H.264 23.976 fps with 3 B-frames, 2 s GOP, 30 s; AAC 44.1 kHz eng running 36 s; subtitles running to 58 s:
    /// eng (cues at 1–3, 14–16, 50–58 s) and a forced eng track. The container lasts 58 s, the video 30 s.
    /// </summary>
    public const string BFramesLongTracks = "bframes-long-tracks.mkv";

    /// <summary><see cref="BFramesLongTracks"/> in MP4 with <c>moov</c> at the end, subtitles as mov_text.</summary>
    public const string BFramesLongTracksMp4 = "bframes-long-tracks.mp4";

    /// <summary>H.264 25 fps with B-frames, 2 s GOP, 20 s, AAC and subtitles, every timestamp 10 s late (first video frame at 10 s).</summary>
    public const string StartsAt10 = "starts-at-10.mkv";

    private static readonly Lazy<Task<TestFilms>> TimelineFilms = new(async () =>
    {
        var films = await Shared.Value;
        var srt = films.PathOf("long-sub.srt");
        await File.WriteAllTextAsync(srt, "1\n00:00:01,000 --> 00:00:03,000\nHello one\n\n2\n00:00:14,000 --> 00:00:16,000\nHello three\n\n3\n00:00:50,000 --> 00:00:58,000\nVery late\n");
        var forced = films.PathOf("forced-sub.srt");
        await File.WriteAllTextAsync(forced, "1\n00:00:05,000 --> 00:00:06,000\nSign\n");
        await GenerateOnceAsync(films.PathOf(BFramesLongTracks), [
            "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=24000/1001:duration=30", "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=44100:duration=36",
            "-i", srt, "-i", forced, "-map", "0:v", "-map", "1:a", "-map", "2:s", "-map", "3:s",
            "-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-g", "48", "-c:a", "aac", "-c:s", "srt",
            "-metadata:s:a:0", "language=eng", "-metadata:s:s:0", "language=eng", "-metadata:s:s:1", "language=eng",
            "-metadata:s:s:1", "title=Signs", "-disposition:s:0", "0", "-disposition:s:1", "forced"]);
        await GenerateOnceAsync(films.PathOf(BFramesLongTracksMp4), ["-i", films.PathOf(BFramesLongTracks), "-map", "0", "-c", "copy", "-c:s", "mov_text"]);
        await GenerateOnceAsync(films.PathOf(StartsAt10), [
            "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=20", "-f", "lavfi", "-i", "sine=frequency=550:duration=20", "-i", srt,
            "-map", "0:v", "-map", "1:a", "-map", "2:s", "-c:v", "libx264", "-preset", "veryfast", "-bf", "2", "-g", "50",
            "-c:a", "aac", "-c:s", "srt", "-output_ts_offset", "10"]);
        return films;
    });

    private static readonly Lazy<Task<TestFilms>> Mp4Films = new(async () =>
    {
        var films = await Shared.Value;
        foreach (var (name, flags) in new[] { (IrregularMp4, Array.Empty<string>()), (IrregularMp4FastStart, ["-movflags", "+faststart"]) })
        {
            var path = films.PathOf(name);
            if (!File.Exists(path))
            {
                var partial = path + $".tmp-{Environment.ProcessId}.mp4";
                await RunAsync(["-i", films.PathOf(Irregular), "-map", "0", "-c", "copy", .. flags, partial]);
                File.Move(partial, path, overwrite: true);
            }
        }

        return films;
    });

    private static readonly Lazy<Task<string>> LongFilm = new(async () =>
    {
        var films = await Shared.Value;
        var path = films.PathOf(Long);
        if (!File.Exists(path))
        {
            var partial = path + $".tmp-{Environment.ProcessId}.mkv";
            await RunAsync(
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=150", "-f", "lavfi", "-i", "sine=duration=150",
                "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", partial);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    });

    public static Task<TestFilms> GetAsync() => Shared.Value;

    public static Task<TestFilms> GetWithMp4FilmsAsync() => Mp4Films.Value;

    /// <summary>The shared films plus <see cref="MultiCodecAudio"/> and <see cref="Hevc10"/>, in the same directory.</summary>
    public static Task<TestFilms> GetWithProfileFilmsAsync() => ProfileFilms.Value;

    public static Task<TestFilms> GetWithTimelineFilmsAsync() => TimelineFilms.Value;

    // Written under a temporary name and moved into place, so that a half-written film is never used.
    private static async Task GenerateOnceAsync(string path, params string[] args)
    {
        if (!File.Exists(path))
        {
            var partial = path + $".tmp-{Environment.ProcessId}" + Path.GetExtension(path);
            await RunAsync([.. args, partial]);
            File.Move(partial, path, overwrite: true);
        }
    }

    public static async Task<TestFilms> GetWithLongFilmAsync()
    {
        await LongFilm.Value;
        return await Shared.Value;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    // Generated once per machine and reused: a complete set is moved into place atomically.
    private static async Task<TestFilms> GenerateAsync()
    {
        var final = Path.Combine(Path.GetTempPath(), "prostream-tests", "films-v1");
        if (File.Exists(Path.Combine(final, HevcAc3)))
        {
            return new TestFilms(final);
        }

        var directory = final + $".tmp-{Environment.ProcessId}";
        System.IO.Directory.CreateDirectory(directory);
        await GenerateIntoAsync(directory);
        try
        {
            System.IO.Directory.Move(directory, final);
        }
        catch (IOException)
        {
            // Another test process got there first.
            System.IO.Directory.Delete(directory, recursive: true);
        }

        return new TestFilms(final);
    }

    private static async Task GenerateIntoAsync(string directory)
    {
        var srt = Path.Combine(directory, "sub.srt");
        await File.WriteAllTextAsync(srt, "1\n00:00:01,000 --> 00:00:03,000\nHello one\n\n2\n00:00:08,000 --> 00:00:10,500\nHello two\n\n3\n00:00:14,000 --> 00:00:16,000\nHello three\n");

        await Task.WhenAll(
            RunAsync(
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=20",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=20", "-f", "lavfi", "-i", "sine=frequency=880:duration=20", "-i", srt,
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:s",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-c:a", "aac", "-c:s", "srt",
                "-metadata:s:a:0", "language=eng", "-metadata:s:a:0", "title=English Stereo", "-metadata:s:a:1", "language=fre",
                "-metadata:s:s:0", "language=eng", "-disposition:a:0", "default", "-disposition:a:1", "0",
                Path.Combine(directory, Film)),
            RunAsync(
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=30", "-f", "lavfi", "-i", "sine=duration=30",
                "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "veryfast",
                "-force_key_frames", "0,1.4,5.2,7,13.9,14.5,21.3,26", "-x264-params", "keyint=1000:scenecut=0", "-c:a", "aac",
                Path.Combine(directory, Irregular)),
            RunAsync(
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=12", "-f", "lavfi", "-i", "sine=duration=12",
                "-map", "0:v", "-map", "1:a", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
                "-c:a", "ac3", "-ac", "6", "-metadata:s:a:0", "language=eng",
                Path.Combine(directory, HevcAc3)));
    }

    public static async Task<string> RunAsync(params string[] args) => await RunToolAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", .. args]);

    public static async Task<string> ProbeAsync(params string[] args) => await RunToolAsync("ffprobe", ["-v", "error", .. args]);

    private static async Task<string> RunToolAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {await errors}");
        }

        return await output;
    }
}
