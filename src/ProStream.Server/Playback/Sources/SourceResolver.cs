using System.Net;

namespace ProStream.Server.Playback.Sources;

/// <summary>Resolves source host names; the one place the fetcher asks DNS (tests replace it to simulate rebinding).</summary>
public class SourceResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
