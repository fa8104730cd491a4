using System.Globalization;

namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// What ffprobe reads from the packets of one media file (a segment after its init segment): where its
/// presentation starts and ends, and its decode times. Containers disagree on "duration" (fMP4 reports
/// the end timestamp), so everything here comes from the packets themselves.
/// </summary>
public sealed record SegmentTiming(double Start, double End, double FirstDts, double DtsEnd, string Codecs)
{
    public double Duration => End - Start;

    public static async Task<SegmentTiming> ProbeAsync(string path)
    {
        var lines = (await TestFilms.ProbeAsync(
                "-show_entries", "packet=pts_time,dts_time,duration_time", "-of", "csv=p=0", path))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var packets = lines.Select(l => l.Split(',')).Select(f => (Pts: Parse(f[0]), Dts: Parse(f[1]), Duration: Parse(f[2]))).ToArray();
        if (packets.Length == 0)
        {
            throw new InvalidOperationException($"{path} holds no packets.");
        }

        var codecs = string.Join(',', (await TestFilms.ProbeAsync("-show_entries", "stream=codec_name", "-of", "csv=p=0", path))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct());
        return new SegmentTiming(
            packets.Min(p => p.Pts),
            packets.Max(p => p.Pts + p.Duration),
            packets[0].Dts,
            packets[^1].Dts + packets[^1].Duration,
            codecs);
    }

    private static double Parse(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
}
