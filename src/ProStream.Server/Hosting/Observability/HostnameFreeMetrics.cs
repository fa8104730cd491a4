using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace ProStream.Server.Hosting.Observability;

/// <summary>
/// .NET's HttpClient and DNS meters label by host name (<c>server.address</c>, <c>dns.question.name</c>).
/// Sources are user-chosen URLs, so those labels would let any account write arbitrary, unbounded
/// label values into the anonymous <c>/metrics</c>: only these fixed-vocabulary tags are kept.
/// </summary>
public static class HostnameFreeMetrics
{
    private static readonly string[] KeptTags =
    [
        "http.request.method", "http.response.status_code", "error.type", "network.protocol.name",
        "network.protocol.version", "url.scheme", "http.connection.state",
    ];

    public static MetricStreamConfiguration? View(Instrument instrument) =>
        instrument.Meter.Name is "System.Net.Http" or "System.Net.NameResolution"
            ? new MetricStreamConfiguration { TagKeys = KeptTags }
            : null;
}
