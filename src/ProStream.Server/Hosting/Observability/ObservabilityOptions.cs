namespace ProStream.Server.Hosting.Observability;

/// <summary>Settings under <c>Metrics:</c> and <c>Logging:</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Expose <c>/metrics</c> at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set (e.g. 9464), <c>/metrics</c> answers only on this port; bind it where only Prometheus reaches.</summary>
    public int? Port { get; set; }
}
