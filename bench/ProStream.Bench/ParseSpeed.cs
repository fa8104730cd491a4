using System.Diagnostics;
using System.Globalization;
using System.Text;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Bench;

/// <summary>Release-name parsing on one thread over the peer-case names (the same 2,400+ names the accuracy
/// test scores): names per second by the clock and per second of CPU time, which a loaded machine distorts less.</summary>
public static class ParseSpeed
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    public static async Task<string> RunAsync(TextWriter log)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "PeerCases");
        var names = Directory.EnumerateFiles(directory, "*.tsv")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToArray();
        log.WriteLine($"parse: {names.Length} names, {Duration.TotalSeconds:0} s on one thread");
        var loadBefore = await MachineDescription.LoadAverageAsync();

        foreach (var name in names)
            ReleaseNameParser.Parse(name);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long parsed = 0;
        while (clock.Elapsed < Duration)
        {
            foreach (var name in names)
                ReleaseNameParser.Parse(name);
            parsed += names.Length;
        }
        var elapsed = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var loadAfter = await MachineDescription.LoadAverageAsync();
        var table = new StringBuilder();
        table.AppendLine("| parse | names | names/s (clock) | names/s (CPU time) | µs/name (CPU) | load average before → after |");
        table.AppendLine("|---|---|---|---|---|---|");
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| release names, one thread | {names.Length} | {parsed / elapsed.TotalSeconds:N0} | {parsed / cpu.TotalSeconds:N0} | {cpu.TotalMilliseconds * 1000 / parsed:0.0} | {loadBefore:0.0} → {loadAfter:0.0} |"));
        return table.ToString();
    }
}
