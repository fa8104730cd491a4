using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Debrid.Torrents;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Releases;
using ProStream.Server.Releases.Prowlarr;

namespace ProStream.Server.Debrid;

/// <summary>
/// Hands a release to AllDebrid: by its info-hash when Prowlarr gave one (no download), else from
/// what its Prowlarr link yields — a magnet, or a .torrent whose info-hash is read here and whose
/// bytes are uploaded as they are.
/// </summary>
public sealed partial class ReleaseUploader(
    ReleaseStore releases, ProwlarrClient prowlarr, AllDebridClient allDebrid, ILogger<ReleaseUploader> logger)
{
    public async Task<DebridMagnet> UploadAsync(string releaseId, CancellationToken ct)
    {
        allDebrid.EnsureConfigured();
        var release = await releases.FindAsync(releaseId, ct)
            ?? throw ProblemException.NotFound("No release has this id, or it has expired; search again.");
        if (release.InfoHash is { } hash)
        {
            return await UploadMagnetAsync(MagnetLink.FromInfoHash(hash, release.Title), ct);
        }

        var link = release.Origin.MagnetUrl ?? release.Origin.DownloadUrl
            ?? throw ProblemException.Unprocessable("Prowlarr gave no way to download this release.");
        var download = await prowlarr.DownloadAsync(link, ct);
        if (download.Magnet is { } magnet)
        {
            return MagnetLink.TryParse(magnet, out var parsed, out var error)
                ? await UploadMagnetAsync(parsed, ct)
                : throw UpstreamException.BadGateway(ProwlarrClient.Upstream, $"The release's download is not a usable magnet link: {error}.");
        }

        return await UploadTorrentAsync(download.Torrent!, ct);
    }

    public async Task<DebridMagnet> UploadMagnetAsync(MagnetLink magnet, CancellationToken ct)
    {
        var uploaded = await allDebrid.UploadMagnetAsync(magnet.ToUri(), ct);
        return ToMagnet(uploaded, magnet.InfoHash, magnet.DisplayName);
    }

    private async Task<DebridMagnet> UploadTorrentAsync(byte[] torrent, CancellationToken ct)
    {
        TorrentMetadata metadata;
        try
        {
            metadata = TorrentMetadata.Read(torrent);
        }
        catch (InvalidTorrentException e)
        {
            throw UpstreamException.BadGateway(ProwlarrClient.Upstream, $"The release's download is not a valid torrent: {e.Message}.");
        }

        // The file itself goes to AllDebrid: it has the trackers (and passkey) a private torrent needs.
        var uploaded = await allDebrid.UploadTorrentAsync(torrent, ct);
        if (InfoHash.TryNormalize(uploaded.Hash, out var theirs) && theirs != metadata.InfoHash)
        {
            LogHashMismatch(logger, metadata.InfoHash, theirs);
        }

        return ToMagnet(uploaded, metadata.InfoHash, metadata.Name) with { Size = metadata.TotalSize };
    }

    private static DebridMagnet ToMagnet(AllDebridUploaded uploaded, string hash, string? name)
    {
        var ready = uploaded.Ready == true;
        return new DebridMagnet(
            uploaded.Id!.Value,
            hash,
            uploaded.Name ?? name ?? hash,
            uploaded.Size,
            ready ? DebridMagnetStatus.Ready : DebridMagnetStatus.Processing,
            ready ? "Ready" : "Queued",
            null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AllDebrid reports info-hash {Theirs} for a torrent whose info-hash is {Ours}")]
    private static partial void LogHashMismatch(ILogger logger, string ours, string theirs);
}
