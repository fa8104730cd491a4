using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sources;

/// <summary>
/// Decides which URLs may be read: http/https only, and every address the host resolves to must be
/// public (not loopback, private, link-local, CGNAT, multicast or cloud metadata) unless
/// <c>Playback:AllowPrivateSources</c> or listed in <c>Playback:AllowedSourceNetworks</c>.
/// Checked for the URL and every redirect; the fetcher then connects to the checked address only.
/// </summary>
public sealed class SourceGuard(IOptions<PlaybackOptions> options, SourceResolver resolver)
{
    public bool AllowPrivate => options.Value.AllowPrivateSources;

    /// <summary>Resolves the URL's host once and returns the address to connect to for it.</summary>
    /// <exception cref="SourceFailureException">The URL is not allowed or its host does not resolve.</exception>
    public async Task<IPAddress> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        CheckSyntax(url);
        IPAddress[] addresses;
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(url.IdnHost, cancellationToken);
            }
            catch (SocketException e)
            {
                throw SourceFailureException.Unreachable("The source's host name could not be resolved.", e);
            }
        }

        if (addresses.Length == 0)
        {
            throw SourceFailureException.Unreachable("The source's host name could not be resolved.");
        }

        foreach (var address in addresses)
        {
            CheckAddress(address);
        }

        return addresses[0];
    }

    /// <summary>Called for the address a connection is actually made to.</summary>
    public void CheckAddress(IPAddress address)
    {
        if (!AllowPrivate && !IsPublic(address) && !IsAllowedNetwork(address))
        {
            throw SourceFailureException.NotAllowed("The source is on a loopback, private, link-local or otherwise internal address.");
        }
    }

    public static void CheckSyntax(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw SourceFailureException.NotAllowed("Only http and https sources are allowed.");
        }

        if (string.IsNullOrEmpty(url.Host) || url.AbsoluteUri.Any(c => char.IsControl(c) || c == ' '))
        {
            throw SourceFailureException.NotAllowed("The source URL is malformed.");
        }
    }

    public static bool IsPublic(IPAddress address)
    {
        if (EmbeddedIPv4(address) is { } inner)
        {
            return IsPublic(inner);
        }

        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(b.All(x => x == 0) || IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // 2001:db8::/32, documentation
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)); // 64:ff9b:1::/48, local NAT64
        }

        return false;
    }

    /// <summary>
    /// The IPv4 address inside an IPv6 form that reaches it: mapped <c>::ffff:a.b.c.d</c>, translated
    /// <c>::ffff:0:a.b.c.d</c>, compatible <c>::a.b.c.d</c>, NAT64 <c>64:ff9b::a.b.c.d</c> and 6to4 <c>2002:AABB:CCDD::</c>.
    /// </summary>
    public static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var b = address.GetAddressBytes();
        var zeros10 = b[..10].All(x => x == 0);
        var mapped = zeros10 && b[10] == 0xFF && b[11] == 0xFF;
        var translated = b[..8].All(x => x == 0) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0;
        var compatible = zeros10 && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1);
        var nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0);
        if (mapped || translated || compatible || nat64)
        {
            return new IPAddress(b[12..]);
        }

        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b[2..6]) : null;
    }

    private bool IsAllowedNetwork(IPAddress address)
    {
        var v4 = EmbeddedIPv4(address) ?? address;
        foreach (var entry in options.Value.AllowedSourceNetworks)
        {
            if (IPNetwork.TryParse(entry, out var network) && (network.Contains(address) || network.Contains(v4)))
            {
                return true;
            }
        }

        return false;
    }
}
