using System.Net;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.Resilience;

namespace ProStream.Server.Releases.Prowlarr;

/// <summary>What a release's download link gave: a magnet link, or the bytes of a .torrent.</summary>
public sealed record ReleaseDownload(string? Magnet, byte[]? Torrent);

public sealed partial class ProwlarrClient
{
    /// <summary>Most hops followed on the Prowlarr origin before giving up.</summary>
    public const int MaxRedirects = 5;

    /// <summary>
    /// Fetches a release's <c>downloadUrl</c>/<c>magnetUrl</c> with redirects handled here (the
    /// HttpClient never follows them): a redirect to <c>magnet:</c> is the answer, a redirect to
    /// http(s) is followed only on the configured Prowlarr origin, a 200 is the .torrent. Only URLs
    /// Prowlarr gave in a search reach this method; a URL from a client never does.
    /// </summary>
    public async Task<ReleaseDownload> DownloadAsync(string link, CancellationToken cancellationToken)
    {
        EnsureConfigured();
        if (link.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase))
        {
            return new ReleaseDownload(link, null);
        }

        var url = OnProwlarr(Uri.TryCreate(link, UriKind.Absolute, out var parsed) ? parsed : null)
            ?? throw UpstreamException.BadGateway(Upstream, "The release's download link does not point at the configured Prowlarr, so ProStream will not fetch it.");
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var request = NewRequest(url);
            using var response = await http.SendUpstreamAsync(request, Upstream, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                var location = response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.FirstOrDefault() : null;
                if (location?.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase) == true)
                {
                    return new ReleaseDownload(location, null);
                }

                url = OnProwlarr(location is null ? null : Uri.TryCreate(url, location, out var next) ? next : null)
                    ?? throw UpstreamException.BadGateway(Upstream,
                        "The indexer's download redirects away from Prowlarr, which ProStream does not follow; turn off 'Redirect' for this indexer in Prowlarr.");
                continue;
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                return new ReleaseDownload(null, await response.Content.ReadAsByteArrayAsync(cancellationToken));
            }

            throw response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone
                ? new UpstreamException(Upstream, StatusCodes.Status404NotFound, "The indexer no longer offers this release.")
                : Failure(response, []);
        }

        throw UpstreamException.BadGateway(Upstream, $"The release's download was redirected more than {MaxRedirects} times.");
    }

    private Uri? OnProwlarr(Uri? url)
    {
        var origin = Options.BaseUri!;
        return url is not null
            && url.Scheme is "http" or "https"
            && string.Equals(url.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(url.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
            && url.Port == origin.Port
                ? url
                : null;
    }
}
