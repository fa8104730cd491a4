using System.Diagnostics;

namespace ProStream.Bench;

/// <summary>A generated film, played by a client that plays <paramref name="ClientCodecs"/> (the server's
/// default profile when null), and what the benchmark expects of it.</summary>
public sealed record BenchFilm(string Name, string Description, string ExpectedMode, double Duration, string? File = null, string[]? ClientCodecs = null)
{
    /// <summary>The generated file this entry plays (several entries may play one file for different clients).</summary>
    public string FileName => File ?? Name;
}

/// <summary>Films generated once per machine with ffmpeg's lavfi sources (kept under the temp directory).</summary>
public static class BenchFilms
{
    public const double Duration = 180;

    public static readonly BenchFilm H264_720p = new("h264-720p.mkv", "H.264 1280x720 25 fps, 2 s GOP, 2×AAC (eng, fre), SRT (eng), Matroska with Cues", "remux", Duration);
    public static readonly BenchFilm H264_1080p = new("h264-1080p.mkv", "H.264 1920x1080 25 fps, 2 s GOP, 2×AAC (eng, fre), SRT (eng), Matroska with Cues", "remux", Duration);
    public static readonly BenchFilm H264_720p_Mp4 = new("h264-720p.mp4", "the 720p film copied into MP4 (moov after mdat)", "remux", Duration);
    public static readonly BenchFilm Hevc_720p = new("hevc-720p.mkv", "HEVC 1280x720 25 fps, 2×AAC, SRT, Matroska", "transcode", Duration);

    public static readonly BenchFilm Hevc_720p_Copied = new(
        "hevc-720p.mkv (client plays HEVC)", "the HEVC film for a client whose profile lists hevc", "remux", Duration, Hevc_720p.Name, ["h264", "hevc", "aac"]);

    public static readonly IReadOnlyList<BenchFilm> All = [H264_720p, H264_1080p, H264_720p_Mp4, Hevc_720p];

    /// <summary>What the start, seek and full-playback stages play: every film, and the HEVC one copied as well as transcoded.</summary>
    public static readonly IReadOnlyList<BenchFilm> Played = [.. All, Hevc_720p_Copied];

    public static async Task<string> EnsureAsync(TextWriter log)
    {
        var directory = Path.Combine(Path.GetTempPath(), "prostream-bench", "films-v1");
        Directory.CreateDirectory(directory);
        var srt = Path.Combine(directory, "sub.srt");
        if (!File.Exists(srt))
        {
            var cues = Enumerable.Range(0, (int)(Duration / 10))
                .Select(i => $"{i + 1}\n00:{i * 10 / 60:00}:{i * 10 % 60:00},500 --> 00:{i * 10 / 60:00}:{(i * 10 % 60) + 3:00},000\nLine {i + 1}\n");
            await File.WriteAllTextAsync(srt, string.Join('\n', cues));
        }

        await GenerateAsync(log, directory, H264_720p.Name, "1280x720", ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "23", "-g", "50"]);
        await GenerateAsync(log, directory, H264_1080p.Name, "1920x1080", ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "23", "-g", "50"]);
        await GenerateAsync(log, directory, Hevc_720p.Name, "1280x720", ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error:keyint=50", "-tag:v", "hvc1"]);
        var mp4 = Path.Combine(directory, H264_720p_Mp4.Name);
        if (!File.Exists(mp4))
        {
            await RunFfmpegAsync(["-i", Path.Combine(directory, H264_720p.Name), "-map", "0:v", "-map", "0:a", "-c", "copy", mp4 + ".tmp.mp4"]);
            File.Move(mp4 + ".tmp.mp4", mp4);
        }

        return directory;
    }

    private static async Task GenerateAsync(TextWriter log, string directory, string name, string size, string[] video)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path))
        {
            return;
        }

        log.WriteLine($"generating {name} …");
        var seconds = Duration.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunFfmpegAsync([
            "-f", "lavfi", "-i", $"testsrc2=size={size}:rate=25:duration={seconds}",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}", "-f", "lavfi", "-i", $"sine=frequency=660:duration={seconds}",
            "-i", Path.Combine(directory, "sub.srt"),
            "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:s", .. video,
            "-c:a", "aac", "-b:a", "128k", "-c:s", "srt",
            "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fre", "-metadata:s:s:0", "language=eng",
            "-disposition:a:0", "default", "-disposition:a:1", "0",
            path + ".tmp.mkv"]);
        File.Move(path + ".tmp.mkv", path);
    }

    public static async Task<string> RunFfmpegAsync(string[] args, string tool = "ffmpeg")
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])(tool == "ffmpeg" ? ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", .. args] : args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{tool} failed: {await errors}");
    }
}
