using System.Diagnostics.Metrics;

namespace ProStream.Server.Hosting.Observability;

/// <summary>
/// Bucket boundaries, in seconds, advised with each duration histogram. OpenTelemetry's default
/// boundaries (0, 5, 10 … 10000) suit milliseconds: in seconds every value under 5 s would share
/// one bucket and no quantile could be read from them.
/// </summary>
public static class HistogramBuckets
{
    /// <summary>Things that should take well under a second: a segment wait, an upstream call.</summary>
    public static readonly InstrumentAdvice<double> SubSecond = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30],
    };

    /// <summary>Things that take seconds and may take tens of them: starting a playback session.</summary>
    public static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 120],
    };
}
