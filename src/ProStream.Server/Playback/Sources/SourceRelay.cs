using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;

namespace ProStream.Server.Playback.Sources;

/// <summary>
/// Serves each session's <see cref="SourceFeed"/> to ffprobe and ffmpeg on a loopback-only listener
/// (its own Kestrel, never the public one), at an unguessable path per session, with Range support.
/// ffmpeg therefore only ever opens <c>http://127.0.0.1:port/source/{token}</c>.
/// </summary>
public sealed partial class SourceRelay(ILogger<SourceRelay> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SourceFeed> _feeds = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private WebApplication? _server;
    private Uri? _baseAddress;

    /// <summary>Makes the feed readable at a new loopback URL until <see cref="Remove"/>.</summary>
    public async Task<Uri> AddAsync(SourceFeed feed, CancellationToken cancellationToken)
    {
        var baseAddress = await StartOnceAsync(cancellationToken);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _feeds[token] = feed;
        return new Uri(baseAddress, "source/" + token);
    }

    public void Remove(Uri relayUrl) => _feeds.TryRemove(relayUrl.Segments[^1], out _);

    public async ValueTask DisposeAsync()
    {
        if (_server is { } server)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        _startGate.Dispose();
    }

    private async Task<Uri> StartOnceAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _baseAddress) is { } started)
        {
            return started;
        }

        await _startGate.WaitAsync(cancellationToken);
        try
        {
            if (_baseAddress is null)
            {
                var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
                builder.Configuration.Sources.Clear();
                builder.Logging.ClearProviders();
                builder.WebHost.ConfigureKestrel(kestrel =>
                {
                    kestrel.Listen(IPAddress.Loopback, 0);
                    // ffmpeg paused with SIGSTOP reads nothing for minutes; that is throttling, not a slow client.
                    kestrel.Limits.MinResponseDataRate = null;
                });
                var server = builder.Build();
                server.MapGet("/source/{token}", ServeAsync);
                await server.StartAsync(cancellationToken);
                var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                _server = server;
                Volatile.Write(ref _baseAddress, new Uri(address + "/"));
                LogStarted(logger, address);
            }

            return _baseAddress!;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task ServeAsync(HttpContext context, string token)
    {
        if (!_feeds.TryGetValue(token, out var feed))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (from, end) = RequestedRange(context.Request, feed.Length);
        if (from >= feed.Length || end <= from)
        {
            context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            context.Response.Headers.ContentRange = $"bytes */{Number(feed.Length)}";
            return;
        }

        var partial = context.Request.Headers.Range.Count > 0;
        context.Response.StatusCode = partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = end - from;
        context.Response.Headers.AcceptRanges = "bytes";
        if (partial)
        {
            context.Response.Headers.ContentRange = $"bytes {Number(from)}-{Number(end - 1)}/{Number(feed.Length)}";
        }

        try
        {
            // Source reads end with the feed (the session), not with this reader: a chunk in flight is finished into the cache.
            await feed.CopyToAsync(from, end, context.Response.Body, CancellationToken.None, context.RequestAborted);
        }
        catch (Exception e) when (e is SourceFailureException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The source failed, the session ended or the reader went away: a cut response tells ffmpeg the read failed.
            context.Abort();
        }
    }

    // Only "bytes=N-" and "bytes=N-M", the forms ffmpeg sends; anything else is the whole file.
    private static (long From, long End) RequestedRange(HttpRequest request, long length)
    {
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header) || header.Ranges.Count != 1
            || header.Ranges.First() is not { From: { } from } range)
        {
            return (0, length);
        }

        return (from, range.To is { } to ? Math.Min(to + 1, length) : length);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source relay listening on {Address}")]
    private static partial void LogStarted(ILogger logger, string address);
}
