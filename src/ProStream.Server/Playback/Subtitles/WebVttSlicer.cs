using System.Globalization;
using System.Text;

namespace ProStream.Server.Playback.Subtitles;

/// <summary>
/// Cuts WebVTT segments out of the files ffmpeg writes (one per run, with source timestamps):
/// a segment holds the cues that start inside it, with a timestamp map matching the MPEG-TS segments.
/// </summary>
public static class WebVttSlicer
{
    /// <summary>ffmpeg's MPEG-TS muxer shifts timestamps by 1.4 s (default muxdelay + muxpreload), measured on ffmpeg 5.1.</summary>
    public const long MpegTsOffset = 126_000;

    public sealed record Cue(double Start, double End, string Settings, string Text);

    public static IReadOnlyList<Cue> Parse(string vtt)
    {
        var cues = new List<Cue>();
        var blocks = vtt.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n');
            var timing = Array.FindIndex(lines, l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0)
            {
                continue;
            }

            var parts = lines[timing].Split("-->", 2, StringSplitOptions.TrimEntries);
            var endParts = parts[1].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (endParts.Length == 0 || !TryParseTime(parts[0], out var start) || !TryParseTime(endParts[0], out var end))
            {
                continue;
            }

            var text = string.Join('\n', lines.Skip(timing + 1)).Trim();
            if (text.Length > 0)
            {
                cues.Add(new Cue(start, end, endParts.Length > 1 ? endParts[1] : "", text));
            }
        }

        return cues;
    }

    /// <summary>The segment [start, end) from the cues of every run, without duplicates.</summary>
    public static string Slice(IEnumerable<string> runFiles, double start, double end) =>
        Format(runFiles.SelectMany(Parse)
            .Where(c => c.Start >= start - 0.0005 && c.Start < end - 0.0005)
            .Distinct()
            .OrderBy(c => c.Start));

    /// <summary>A WebVTT segment holding <paramref name="cues"/>, with the timestamp map of the MPEG-TS segments.</summary>
    public static string Format(IEnumerable<Cue> cues)
    {
        var text = new StringBuilder("WEBVTT\n")
            .Append(CultureInfo.InvariantCulture, $"X-TIMESTAMP-MAP=MPEGTS:{MpegTsOffset},LOCAL:00:00:00.000\n\n");
        foreach (var cue in cues)
        {
            text.Append(FormatTime(cue.Start)).Append(" --> ").Append(FormatTime(cue.End));
            if (cue.Settings.Length > 0)
            {
                text.Append(' ').Append(cue.Settings);
            }

            text.Append('\n').Append(cue.Text).Append("\n\n");
        }

        return text.ToString();
    }

    private static bool TryParseTime(string value, out double seconds)
    {
        seconds = 0;
        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        double total = 0;
        foreach (var part in parts[..^1])
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            total = (total * 60) + n;
        }

        if (!double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s))
        {
            return false;
        }

        seconds = (total * 60) + s;
        return true;
    }

    private static string FormatTime(double seconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
    }
}
