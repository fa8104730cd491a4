using Microsoft.Extensions.Options;
using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Debrid.Torrents;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid;

/// <summary>
/// What the debrid endpoints and the Play orchestration use: put a release or a magnet on
/// AllDebrid, follow it until ready with its files, and turn a file link into a direct URL.
/// </summary>
public sealed class DebridService(AllDebridClient allDebrid, ReleaseUploader uploader, IOptions<AllDebridOptions> options, TimeProvider time)
{
    /// <summary>Uploads a release (by its id from <c>/api/releases</c>) or a magnet; files are included when already ready.</summary>
    public async Task<DebridMagnet> AddAsync(DebridSource source, CancellationToken ct)
    {
        allDebrid.EnsureConfigured();
        var magnet = source.ReleaseId is { } releaseId
            ? await uploader.UploadAsync(releaseId, ct)
            : await uploader.UploadMagnetAsync(ParseMagnet(source.Magnet), ct);
        return magnet.Ready ? magnet with { Files = await allDebrid.GetFilesAsync(magnet.Id, ct) } : magnet;
    }

    /// <summary>503 "not configured" before anything else is looked at.</summary>
    public void EnsureConfigured() => allDebrid.EnsureConfigured();

    /// <summary>The magnet's current status, with its files once ready.</summary>
    public async Task<DebridMagnet> GetAsync(long id, CancellationToken ct)
    {
        var status = await allDebrid.GetStatusAsync(id, ct);
        var state = DebridMagnet.FromStatusCode(status.StatusCode);
        var magnet = new DebridMagnet(
            status.Id,
            InfoHash.TryNormalize(status.Hash, out var hash) ? hash : status.Hash ?? "",
            status.Filename ?? "",
            status.Size,
            state,
            status.Status,
            null);
        return state == DebridMagnetStatus.Ready ? magnet with { Files = await allDebrid.GetFilesAsync(id, ct) } : magnet;
    }

    /// <summary>
    /// "Release or magnet → ready magnet with files", for playback: uploads, then checks the status
    /// every <see cref="AllDebridOptions.PollInterval"/> until ready (no wait when it is cached), an
    /// error (502), or <paramref name="timeout"/> (<see cref="MagnetNotReadyException"/>, 503).
    /// </summary>
    public async Task<DebridMagnet> AddUntilReadyAsync(DebridSource source, TimeSpan timeout, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var magnet = await AddAsync(source, ct);
        while (true)
        {
            switch (magnet.Status)
            {
                case DebridMagnetStatus.Ready:
                    return magnet;
                case DebridMagnetStatus.Error:
                    throw UpstreamException.BadGateway(AllDebridClient.Upstream, $"AllDebrid could not download this torrent: {magnet.StatusMessage}.");
            }

            var left = timeout - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                throw new MagnetNotReadyException(magnet.StatusMessage, timeout)
                {
                    RetryAfterSeconds = (int)Math.Ceiling(options.Value.PollInterval.TotalSeconds),
                };
            }

            await Task.Delay(left < options.Value.PollInterval ? left : options.Value.PollInterval, time, ct);
            magnet = await GetAsync(magnet.Id, ct);
        }
    }

    /// <summary>As above, waiting at most <see cref="AllDebridOptions.ReadyTimeout"/>.</summary>
    public Task<DebridMagnet> AddUntilReadyAsync(DebridSource source, CancellationToken ct) =>
        AddUntilReadyAsync(source, options.Value.ReadyTimeout, ct);

    /// <summary>"File link → direct URL": unlocks an AllDebrid file link, waiting out a delayed link.</summary>
    public async Task<UnlockedLink> UnlockAsync(string link, CancellationToken ct)
    {
        var allowed = AllDebridLinks.Validate(link);
        var unlocked = await allDebrid.UnlockAsync(allowed.AbsoluteUri, ct);
        var url = unlocked.Link;
        if (url is null && unlocked.Delayed is { } delayed)
        {
            url = await WaitForDelayedAsync(delayed, ct);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var direct) && direct.Scheme == Uri.UriSchemeHttps
            ? new UnlockedLink(direct, unlocked.Filename ?? Path.GetFileName(direct.AbsolutePath), unlocked.Filesize ?? 0)
            : throw UpstreamException.BadGateway(AllDebridClient.Upstream, "AllDebrid unlocked the link but gave no HTTPS download URL.");
    }

    private async Task<string> WaitForDelayedAsync(long id, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var delayed = await allDebrid.GetDelayedAsync(id, ct);
            switch (delayed.Status)
            {
                case 2 when delayed.Link is { Length: > 0 } link:
                    return link;
                case 3:
                    throw UpstreamException.BadGateway(AllDebridClient.Upstream, "AllDebrid could not prepare this link.");
            }

            if (time.GetElapsedTime(started) >= options.Value.ReadyTimeout)
            {
                throw UpstreamException.Unavailable(AllDebridClient.Upstream, "AllDebrid is still preparing this link; try again shortly.", 5);
            }

            await Task.Delay(options.Value.PollInterval, time, ct);
        }
    }

    private static MagnetLink ParseMagnet(string? magnet) =>
        MagnetLink.TryParse(magnet, out var parsed, out var error) ? parsed : throw ProblemException.Unprocessable($"Not a usable magnet link: {error}.");
}

/// <summary>What to put on AllDebrid: a release id from <c>/api/releases</c>, or a magnet link.</summary>
public sealed record DebridSource(string? ReleaseId, string? Magnet);
