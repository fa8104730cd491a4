using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sources;

/// <summary>
/// Decides which URLs may be read: http/https only, and every address the host resolves to must be
/// public (not loopback, private, link-local, CGNAT, multicast or cloud metadata) unless
/// <c>Playback:AllowPrivateSources</c>. Also checked on every redirect and on every connection.
/// </summary>
public sealed class SourceGuard(IOptions<PlaybackOptions> options)
{
    public bool AllowPrivate => options.Value.AllowPrivateSources;

    /// <exception cref="SourceRejectedException">The URL is not allowed.</exception>
    public async Task CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        CheckSyntax(url);
        if (AllowPrivate)
        {
            return;
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
            }
            catch (SocketException e)
            {
                throw new SourceUnreachableException($"The source host '{url.Host}' could not be resolved.", e);
            }
        }

        if (addresses.Length == 0 || addresses.Any(a => !IsPublic(a)))
        {
            throw new SourceRejectedException("The source resolves to a loopback, private, link-local or otherwise internal address.");
        }
    }

    /// <summary>Called for the address a connection is actually made to (guards against DNS rebinding).</summary>
    public void CheckConnection(IPAddress address)
    {
        if (!AllowPrivate && !IsPublic(address))
        {
            throw new SourceRejectedException("The source connected to an internal address.");
        }
    }

    public static void CheckSyntax(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new SourceRejectedException("Only http and https sources are allowed.");
        }

        if (string.IsNullOrEmpty(url.Host) || url.AbsoluteUri.Any(c => char.IsControl(c) || c == ' '))
        {
            throw new SourceRejectedException("The source URL is malformed.");
        }
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC)
            {
                return false;
            }

            // NAT64 (64:ff9b::/96) embeds an IPv4 address: judge that one.
            if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0))
            {
                return IsPublic(new IPAddress(b[12..]));
            }

            return true;
        }

        return false;
    }
}

/// <summary>The source URL is not allowed (400).</summary>
public sealed class SourceRejectedException(string detail)
    : Hosting.Errors.ProblemException(StatusCodes.Status400BadRequest, "Source not allowed", detail);

/// <summary>The source could not be read (502).</summary>
public sealed class SourceUnreachableException(string detail, Exception? inner = null)
    : Hosting.Errors.ProblemException(StatusCodes.Status502BadGateway, "Source unreachable", detail, inner);
