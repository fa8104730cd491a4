using System.Diagnostics.Metrics;
using ProStream.Server.Hosting.Observability;

namespace ProStream.Server.Hosting;

/// <summary>
/// Latency and errors of calls to upstream services, on the <c>ProStream.Upstreams</c> meter.
/// Every upstream client records each logical call (retries included) once.
/// </summary>
public sealed class UpstreamMetrics
{
    public const string MeterName = "ProStream.Upstreams";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public UpstreamMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>(
            "prostream.upstream.request.duration", "s", "Time taken by calls to upstream services.",
            advice: HistogramBuckets.SubSecond);
        _errors = meter.CreateCounter<long>(
            "prostream.upstream.errors", "{error}", "Calls to upstream services that failed, by status answered to our client.");
    }

    /// <param name="upstream">e.g. <c>TMDB</c>.</param>
    /// <param name="operation">a low-cardinality name such as <c>movie</c> or <c>search</c> — never a URL.</param>
    /// <param name="elapsed">time from first attempt to final answer.</param>
    /// <param name="errorStatus">the status our client heard when the call failed; null on success.</param>
    public void Record(string upstream, string operation, TimeSpan elapsed, int? errorStatus)
    {
        var outcome = errorStatus is null ? "success" : "error";
        _duration.Record(elapsed.TotalSeconds,
            new("upstream", upstream), new("operation", operation), new("outcome", outcome));
        if (errorStatus is { } status)
        {
            _errors.Add(1, new("upstream", upstream), new("operation", operation), new("status", status));
        }
    }
}
