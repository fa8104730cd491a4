using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Sources;

/// <summary>The start of a source, read once; its URL is the one after redirects.</summary>
public sealed record SourceHead(Uri Url, ReadOnlyMemory<byte> Bytes, long? Length);

/// <summary>Reads sources with HTTP Range requests: the first bytes, then whatever the keyframe reader asks for.</summary>
public sealed class SourceReader(HttpClient http, SourceGuard guard, PlaybackMetrics metrics)
{
    public const int HeadLength = 64 * 1024;
    private const int MaxRedirects = 5;

    /// <summary>The primary handler: no automatic redirects, and every connection's address checked.</summary>
    public static SocketsHttpHandler CreateHandler(SourceGuard guard) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            foreach (var address in addresses)
            {
                guard.CheckConnection(address);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Follows redirects (each one checked by the guard) and reads the first bytes with a Range request.</summary>
    public async Task<SourceHead> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            await guard.CheckAsync(current, cancellationToken);
            using var response = await SendRangeAsync(current, 0, HeadLength, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (redirects == MaxRedirects)
                {
                    throw new SourceUnreachableException("The source redirects too many times.");
                }

                current = new Uri(current, location);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                throw new PlaybackFailedException(PlaybackFailure.FromSource(SourceFailureKind.NoRangeSupport, "The source does not support HTTP Range requests, which seeking needs."));
            }

            if (response.StatusCode != HttpStatusCode.PartialContent)
            {
                throw new SourceUnreachableException($"The source answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var bytes = await ReadBodyAsync(response, HeadLength, cancellationToken);
            return new SourceHead(current, bytes, response.Content.Headers.ContentRange?.Length);
        }
    }

    /// <summary>Range reads over the source, answered from the head when it already holds the bytes.</summary>
    public ReadRange RangeReader(SourceHead head) => async (offset, length, cancellationToken) =>
    {
        if (offset + length <= head.Bytes.Length || (head.Length is { } total && offset + length >= total && total == head.Bytes.Length))
        {
            var start = (int)Math.Min(offset, head.Bytes.Length);
            return head.Bytes.Slice(start, Math.Min(length, head.Bytes.Length - start));
        }

        if (head.Length is { } size && offset >= size)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        using var response = await SendRangeAsync(head.Url, offset, length, cancellationToken);
        if (response.StatusCode != HttpStatusCode.PartialContent)
        {
            throw new SourceUnreachableException($"The source answered {(int)response.StatusCode} to a Range request.");
        }

        return await ReadBodyAsync(response, length, cancellationToken);
    };

    private async Task<HttpResponseMessage> SendRangeAsync(Uri url, long offset, int length, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(offset, offset + length - 1);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is SourceRejectedException rejected)
        {
            throw new SourceRejectedException(rejected.Message);
        }
        catch (HttpRequestException e)
        {
            throw new SourceUnreachableException($"The source could not be reached: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlaybackFailedException(PlaybackFailure.FromSource(SourceFailureKind.Timeout, "The source did not answer in time."), e);
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        // Never trust the server to honour the range: read at most what was asked for.
        var buffer = new byte[limit];
        var read = 0;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        while (read < limit)
        {
            var n = await body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        metrics.SourceBytesRead(read);
        return buffer.AsMemory(0, read);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
