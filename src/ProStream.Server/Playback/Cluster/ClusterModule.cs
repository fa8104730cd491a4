using Yarp.ReverseProxy.Forwarder;

namespace ProStream.Server.Playback.Cluster;

public static class ClusterModule
{
    /// <summary>Cluster-wide sessions; active only when Redis is configured (see <see cref="SessionCluster"/>).</summary>
    public static IHostApplicationBuilder AddPlaybackCluster(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterOptions>()
            .BindConfiguration(ClusterOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.AdvertisedAddress)
                || (Uri.TryCreate(o.AdvertisedAddress, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Cluster:AdvertisedAddress must be an absolute http(s) URL, e.g. http://10.0.3.7:8080.")
            .Validate(o => o.LeaseRenewInterval * 2 <= o.LeaseTtl, "Cluster:LeaseRenewInterval must be at most half of Cluster:LeaseTtl.")
            .ValidateOnStart();
        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton<SessionCluster>();
        builder.Services.AddSingleton<SessionForwarder>();
        builder.Services.AddSingleton<SessionRouter>();
        builder.Services.AddHostedService<ClusterLeaseKeeper>();
        return builder;
    }
}
