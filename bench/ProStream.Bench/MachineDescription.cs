using System.Globalization;

namespace ProStream.Bench;

/// <summary>What the numbers were measured on.</summary>
public sealed record MachineDescription(int Cores, string CpuModel, string FfmpegVersion, DateTimeOffset Date, double LoadAtStart)
{
    public static async Task<MachineDescription> ReadAsync()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var ffmpeg = (await BenchFilms.RunFfmpegAsync(["-version"], "ffmpeg")).Split('\n')[0];
        return new MachineDescription(Environment.ProcessorCount, model, ffmpeg, DateTimeOffset.Now, await LoadAverageAsync());
    }

    public static async Task<double> LoadAverageAsync() =>
        double.Parse((await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0], CultureInfo.InvariantCulture);
}
