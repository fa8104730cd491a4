using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Cluster;

/// <summary>
/// Keeps this instance's leases: renews them and its advertised address every <see cref="ClusterOptions.LeaseRenewInterval"/>,
/// and stops running any session whose lease another instance took (so one ffmpeg per session, even after a pause).
/// </summary>
public sealed partial class ClusterLeaseKeeper(
    SessionCluster cluster,
    PlaybackSessionRegistry registry,
    IServer server,
    IOptions<ClusterOptions> options,
    TimeProvider time,
    ILogger<ClusterLeaseKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cluster.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.LeaseRenewInterval, time);
        try
        {
            do
            {
                await KeepAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task KeepAsync()
    {
        try
        {
            if (AdvertisedAddress() is { } address)
            {
                await cluster.AdvertiseAsync(address);
            }

            foreach (var id in await cluster.RenewAsync())
            {
                LogLeaseLost(logger, id);
                await registry.AbandonAsync(id);
            }
        }
        catch (ProblemException e)
        {
            LogRenewFailed(logger, e);
        }
    }

    private Uri? AdvertisedAddress()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.AdvertisedAddress))
        {
            return new Uri(options.Value.AdvertisedAddress);
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is null)
        {
            return null;
        }

        var wildcard = listening.Replace("://+", "://*", StringComparison.Ordinal).Replace("[::]", "*", StringComparison.Ordinal)
            .Replace("0.0.0.0", "*", StringComparison.Ordinal);
        return new Uri(wildcard.Replace("://*", "://" + OwnAddress(), StringComparison.Ordinal));
    }

    // Listening on every interface (a container, a pod): the first non-loopback IPv4 address is the one the others reach.
    private static string OwnAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))?.ToString()
        ?? Environment.MachineName;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: another instance holds its lease now; stopping it here")]
    private static partial void LogLeaseLost(ILogger logger, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing session leases failed")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);
}
