namespace ProStream.Bench;

/// <summary>Measured values (seconds or ratios) of one metric, with the statistics the report shows.</summary>
public sealed record Samples(IReadOnlyList<double> Values)
{
    public double Median => Percentile(0.5);

    public double P90 => Percentile(0.9);

    public double Max => Values.Max();

    // Nearest-rank on the sorted values, interpolated: with 5 runs p90 lies between the 4th and 5th.
    private double Percentile(double p)
    {
        var sorted = Values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
