using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sources;

/// <summary>A session's source: its feed and the loopback relay URL ffprobe and ffmpeg read it from.</summary>
public sealed class SessionSource(SourceFeed feed, SourceRelay relay, Uri relayUrl) : IAsyncDisposable
{
    public SourceFeed Feed => feed;

    /// <summary>The only URL ffprobe and ffmpeg are given.</summary>
    public Uri RelayUrl => relayUrl;

    public string Demuxer => MediaContainerSniffer.DemuxerName(feed.Container);

    public async ValueTask DisposeAsync()
    {
        relay.Remove(relayUrl);
        await feed.DisposeAsync();
    }
}

/// <summary>Opens a session's source (checked, sniffed, cached in the session directory) and puts it on the relay.</summary>
public sealed class SessionSourceOpener(SourceReader reader, SourceRelay relay, IOptions<PlaybackOptions> options, PlaybackMetrics metrics)
{
    public const string CacheDirectoryName = "source";

    public async Task<SessionSource> OpenAsync(Uri url, string sessionDirectory, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The cache shares the session's disk budget with the segments: it may take half of it.
        var cacheBytes = Math.Min(settings.SourceCacheBytes, settings.DiskBudgetBytes / 2);
        var feed = await SourceFeed.OpenAsync(
            reader, url, Path.Combine(sessionDirectory, CacheDirectoryName), cacheBytes, metrics, cancellationToken);
        try
        {
            return new SessionSource(feed, relay, await relay.AddAsync(feed, cancellationToken));
        }
        catch
        {
            await feed.DisposeAsync();
            throw;
        }
    }
}
