using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Playback.Cluster;

/// <summary>
/// Settings under <c>Cluster:</c>. They matter only when <c>Redis:Configuration</c> is set: then playback
/// sessions are shared by every instance using that Redis.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>This instance's name, unique in the cluster; empty means the host name (a pod's name on Kubernetes).</summary>
    [RegularExpression("^[A-Za-z0-9._-]{0,100}$")]
    public string? InstanceId { get; set; }

    /// <summary>
    /// The base URL the other instances reach this one at (<c>http://10.0.3.7:8080</c>); empty means the first
    /// address Kestrel listens on, a wildcard host (<c>http://+:8080</c>) replaced by this machine's first non-loopback
    /// IPv4 address (a container's or a pod's own).
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>How long a session's lease lasts without renewal: how soon a dead instance's sessions are taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often an instance renews the leases of the sessions it runs; well under <see cref="LeaseTtl"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(0.75);

    /// <summary>A forwarded request that brings no byte for this long fails (a segment may wait for ffmpeg, so above Playback:SegmentTimeout).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ForwardTimeout { get; set; } = TimeSpan.FromSeconds(75);

    public string ResolveInstanceId() => string.IsNullOrWhiteSpace(InstanceId) ? Environment.MachineName : InstanceId;
}
