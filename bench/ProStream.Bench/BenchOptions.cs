using System.Globalization;

namespace ProStream.Bench;

/// <summary>Command-line options: how many runs per measurement and which stages to run.</summary>
public sealed record BenchOptions(int Runs, IReadOnlySet<string> Stages, IReadOnlyList<int> CapacitySteps, double CapacityMediaSeconds)
{
    public static readonly string[] AllStages = ["parse", "boot", "catalog", "start", "concurrent", "seek", "full", "play", "capacity"];

    public bool Has(string stage) => Stages.Contains(stage);

    public static BenchOptions Parse(string[] args)
    {
        var runs = 5;
        var stages = new HashSet<string>(AllStages, StringComparer.OrdinalIgnoreCase);
        int[] steps = [4, 8, 16, 32, 48, 64];
        var mediaSeconds = 75.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--stages": stages = new HashSet<string>(args[i + 1].Split(','), StringComparer.OrdinalIgnoreCase); break;
                case "--capacity-steps": steps = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--capacity-media-seconds": mediaSeconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new BenchOptions(runs, stages, steps, mediaSeconds);
    }
}
