using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// mpv (Debian's package, libavformat's HLS demuxer) as a third, independent HLS client: headless, as fast as it
/// decodes, driven by <c>mpv-probe.lua</c>; what it did is read back from the script's <c>prostream:</c> lines.
/// </summary>
public static partial class MpvPlayer
{
    // A hang guard only: the films are short and mpv runs untimed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(4);

    /// <param name="audioLanguage">the audio track to play (mpv's <c>--alang</c>); subtitles are on from the start.</param>
    public static async Task<MpvRun> PlayAsync(Uri master, string audioLanguage)
    {
        var start = new ProcessStartInfo("mpv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[
            "--no-config", "--ytdl=no", "--vo=null", "--ao=null", "--untimed", "--ao-null-untimed",
            "--cache=yes", "--demuxer-readahead-secs=3600", "--msg-level=all=warn,cplayer=error",
            // libavformat's HLS demuxer drops subtitle renditions unless told experimental features are fine.
            "--demuxer-lavf-o=strict=experimental", "--alang=" + audioLanguage, "--sid=1",
            "--script=" + Path.Combine(AppContext.BaseDirectory, "Playback", "mpv-probe.lua"), master.AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mpv did not finish within {HangGuard}: {await output}{await errors}");
        }

        return new MpvRun(process.ExitCode, (await output) + (await errors));
    }

    public sealed record MpvRun(int ExitCode, string Log)
    {
        public IReadOnlyList<string> Events => [.. Log.Split('\n').Where(l => l.StartsWith("prostream: ", StringComparison.Ordinal)).Select(l => l[11..].Trim())];

        /// <summary>Decoder and demuxer complaints (a healthy stream gives none).</summary>
        public IReadOnlyList<string> Errors => [.. Log.Split('\n').Where(l => ErrorLine().IsMatch(l))];

        public string? Event(string name) => Events.FirstOrDefault(e => e.StartsWith(name + " ", StringComparison.Ordinal));

        public double Number(string name, string field) =>
            Event(name) is { } line && Regex.Match(line, $@"\b{field}=(-?[\d.]+)") is { Success: true } m
                ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"mpv never reported {name} {field}: {Log}");

        /// <summary>Every subtitle cue mpv showed: the position it showed it at, the cue's start and end, its text.</summary>
        public IReadOnlyList<(double At, double Start, double End, string Text)> Cues => [.. Events.Select(e => CueLine().Match(e)).Where(m => m.Success)
            .Select(m => (Seconds(m.Groups[1].Value), Seconds(m.Groups[2].Value), Seconds(m.Groups[3].Value), m.Groups[4].Value))];

        private static double Seconds(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"invalid|error|missing picture|corrupt|non[- ]?monoton", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^cue at=(-?[\d.]+) start=(-?[\d.]+) end=(-?[\d.]+) text=(.*)$")]
    private static partial Regex CueLine();
}
