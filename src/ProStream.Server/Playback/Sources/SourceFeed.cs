using System.Buffers;
using System.Net;
using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Sources;

/// <summary>
/// One session's source: everything ffprobe, the keyframe reader and ffmpeg read of it comes through
/// here, from the session's cache when the bytes were read before, else from the source (at the
/// checked address, with its deadlines). Disposing it cancels every read in flight.
/// </summary>
public sealed class SourceFeed : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;

    // Source reads are bounded so that a reader leaving (ffmpeg killed at a seek) wastes nothing: the
    // chunk in flight is finished into the cache, and the source never sends more than one chunk ahead.
    private const long ChunkBytes = 2L * 1024 * 1024;

    private readonly SourceReader _reader;
    private readonly SourceCache _cache;
    private readonly PlaybackMetrics _metrics;
    private readonly CancellationTokenSource _lifetime = new();
    private long _bytesRead;
    private SourceFailureException? _lastFailure;

    private SourceFeed(SourceReader reader, SourceLocation location, long length, SourceCache cache, PlaybackMetrics metrics)
    {
        _reader = reader;
        Location = location;
        Length = length;
        _cache = cache;
        _metrics = metrics;
    }

    public SourceLocation Location { get; }

    /// <summary>The source's size in bytes, from its Content-Range.</summary>
    public long Length { get; }

    public MediaContainer Container { get; private set; }

    /// <summary>Bytes read from the source for this session so far (cache hits excluded).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The last failure reading the source, so that a reader that only saw a broken stream (ffprobe) can say why.</summary>
    public SourceFailureException? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>Opens the source (redirects checked), reads its first bytes into the cache and refuses anything but a media container.</summary>
    public static async Task<SourceFeed> OpenAsync(
        SourceReader reader, Uri url, string cacheDirectory, long cacheBytes, PlaybackMetrics metrics, CancellationToken cancellationToken)
    {
        var (location, response) = await reader.OpenAsync(url, 0, BufferSize - 1, cancellationToken);
        using (response)
        {
            var length = CheckRange(response, 0);
            var feed = new SourceFeed(reader, location, length, new SourceCache(cacheDirectory, cacheBytes), metrics);
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                var head = new MemoryStream();
                await feed.CopyBodyAsync(body, 0, Math.Min(BufferSize, length), head, cancellationToken);
                feed.Container = MediaContainerSniffer.Sniff(head.GetBuffer().AsSpan(0, (int)head.Length))
                    ?? throw new SourceFailureException(
                        SourceFailureKind.NotMedia,
                        "The source is not a media file ProStream plays (Matroska/WebM, MP4/MOV, MPEG-TS or AVI); playlists and other files are refused.");
                return feed;
            }
            catch
            {
                await feed.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>
    /// Writes bytes <c>[position, end)</c> to the destination, from the cache where it has them. The read token cancels
    /// reading from the source; the write token only writing to the destination (the chunk in flight still goes to the cache).
    /// </summary>
    public async Task CopyToAsync(long position, long end, Stream destination, CancellationToken readToken, CancellationToken writeToken)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(readToken, _lifetime.Token);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            end = Math.Min(end, Length);
            while (position < end)
            {
                var cached = _cache.Read(position, buffer.AsSpan(0, (int)Math.Min(BufferSize, end - position)));
                if (cached > 0)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, cached), writeToken);
                    position += cached;
                    continue;
                }

                var chunkEnd = Math.Min(Math.Min(end, _cache.NextCachedStart(position)), position + ChunkBytes);
                position = await FetchAsync(position, chunkEnd, destination, reading.Token, writeToken);
            }
        }
        catch (SourceFailureException e)
        {
            Volatile.Write(ref _lastFailure, e);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Range reads for the keyframe index readers, through the same cache.</summary>
    public ReadRange RangeReader() => async (offset, length, cancellationToken) =>
    {
        using var bytes = new MemoryStream();
        await CopyToAsync(offset, offset + length, bytes, cancellationToken, cancellationToken);
        return bytes.ToArray();
    };

    public async ValueTask DisposeAsync()
    {
        if (_lifetime.IsCancellationRequested)
        {
            return;
        }

        await _lifetime.CancelAsync();
        _cache.Dispose();
        _metrics.SessionSourceBytes(BytesRead);
        _lifetime.Dispose();
    }

    private async Task<long> FetchAsync(long position, long end, Stream destination, CancellationToken readToken, CancellationToken writeToken)
    {
        using var response = await _reader.GetRangeAsync(Location, position, end - 1, readToken);
        CheckRange(response, position);
        await using var body = await response.Content.ReadAsStreamAsync(readToken);
        return await CopyBodyAsync(body, position, end, destination, readToken, writeToken);
    }

    // Never trusts the source to stop: reads at most up to end. Once the destination fails, the rest goes to the cache only.
    private async Task<long> CopyBodyAsync(
        Stream body, long position, long end, Stream destination, CancellationToken readToken, CancellationToken writeToken = default)
    {
        using var writer = _cache.BeginWrite(position);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        Exception? destinationFailure = null;
        try
        {
            while (position < end)
            {
                var n = await _reader.ReadAsync(body, buffer.AsMemory(0, (int)Math.Min(BufferSize, end - position)), readToken);
                if (n == 0)
                {
                    throw SourceFailureException.Unreachable("The source ended before the bytes it announced.");
                }

                Interlocked.Add(ref _bytesRead, n);
                _metrics.SourceBytesRead(n);
                writer.Append(buffer.AsSpan(0, n));
                position += n;
                if (destinationFailure is null)
                {
                    try
                    {
                        await destination.WriteAsync(buffer.AsMemory(0, n), writeToken);
                    }
                    catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
                    {
                        destinationFailure = e;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (destinationFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(destinationFailure);
        }

        return position;
    }

    // A usable answer is 206 starting where asked, with the whole length known (seeking needs it).
    private static long CheckRange(HttpResponseMessage response, long from)
    {
        if (response.StatusCode == HttpStatusCode.OK)
        {
            throw new SourceFailureException(SourceFailureKind.NoRangeSupport, "The source does not support HTTP Range requests, which seeking needs.");
        }

        if (response.StatusCode != HttpStatusCode.PartialContent)
        {
            throw SourceFailureException.Unreachable($"The source answered {(int)response.StatusCode} {response.ReasonPhrase}.".Trim());
        }

        if (response.Content.Headers.ContentRange is not { From: { } start, Length: { } length } || start != from || length <= 0)
        {
            throw new SourceFailureException(SourceFailureKind.NoRangeSupport, "The source answered a Range request without the range asked for or its total length.");
        }

        return length;
    }
}
