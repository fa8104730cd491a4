using System.Diagnostics;

namespace ProStream.Bench;

/// <summary>
/// The first-segment reference: ffmpeg alone, started by the bench, copying the first 2 s of the same film from the
/// same loopback server into a CMAF fragment (what the server's ffmpeg writes first), timed from process start to exit.
/// </summary>
public static class BareFfmpeg
{
    public static async Task<double> FirstSegmentSecondsAsync(Uri film)
    {
        var output = Path.Combine(Path.GetTempPath(), "prostream-bench", $"bare-{Guid.NewGuid():N}.mp4");
        var start = new ProcessStartInfo("ffmpeg") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in (string[])["-nostdin", "-v", "error", "-i", film.AbsoluteUri, "-map", "0:v:0", "-c", "copy", "-t", "2",
            "-f", "mp4", "-movflags", "frag_keyframe+empty_moov+default_base_moof", "-y", output])
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed.TotalSeconds;
        File.Delete(output);
        return process.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"bare ffmpeg failed: {await errors}");
    }
}
