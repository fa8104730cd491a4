using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid;

/// <summary>AllDebrid is still downloading the torrent after the wait allowed (503, retry later).</summary>
public sealed class MagnetNotReadyException(string? statusMessage, TimeSpan waited)
    : UpstreamException(
        AllDebridClient.Upstream,
        StatusCodes.Status503ServiceUnavailable,
        $"AllDebrid is still preparing this torrent after {waited.TotalSeconds:0.#} s ({statusMessage}); try again in a moment.")
{
    public string? StatusMessage { get; } = statusMessage;
}
