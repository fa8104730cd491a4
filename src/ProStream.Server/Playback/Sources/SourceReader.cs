using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Resilience;

namespace ProStream.Server.Playback.Sources;

/// <summary>A source URL after redirects, with the address the guard checked for its host: the only one ever connected to.</summary>
public sealed record SourceLocation(Uri Url, IPAddress Address);

/// <summary>
/// ProStream's only HTTP client for sources: Range requests with a deadline for the response headers
/// and one for every read, connections pinned to checked addresses, redirects followed by hand and
/// each one checked again. Failures are <see cref="SourceFailureException"/>s in words.
/// </summary>
public sealed class SourceReader(HttpClient http, SourceGuard guard, IOptions<PlaybackOptions> options)
{
    private const int MaxRedirects = 5;

    private static readonly HttpRequestOptionsKey<SourceLocation> PinKey = new("ProStream.SourceLocation");

    /// <summary>The primary handler: no automatic redirects, no cookies, every connection made to the pinned address.</summary>
    public static SocketsHttpHandler CreateHandler(SourceGuard guard, PlaybackOptions settings)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = settings.HeadersTimeout,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context, cancellationToken),
        };
        OutboundProxy.Apply(handler, settings.SourceProxy);
        return handler;
    }

    /// <summary>Sends a Range request for <c>[from, to]</c>, following redirects from <paramref name="url"/>, each checked by the guard.</summary>
    public async Task<(SourceLocation Location, HttpResponseMessage Response)> OpenAsync(Uri url, long from, long to, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            var location = new SourceLocation(current, await guard.CheckAsync(current, cancellationToken));
            var response = await GetRangeAsync(location, from, to, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return (location, response);
            }

            response.Dispose();
            if (response.Headers.Location is not { } target || redirects == MaxRedirects)
            {
                throw SourceFailureException.Unreachable("The source redirects too many times, or without saying where.");
            }

            current = new Uri(current, target);
        }
    }

    /// <summary>A Range request to an already checked location; the response headers must arrive within the deadline.</summary>
    public async Task<HttpResponseMessage> GetRangeAsync(SourceLocation location, long from, long? to, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, location.Url);
        request.Headers.Range = new RangeHeaderValue(from, to);
        request.Options.Set(PinKey, location);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.HeadersTimeout);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        }
        catch (HttpRequestException e)
        {
            throw Describe(e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw SourceFailureException.Timeout(
                $"The source did not answer within {options.Value.HeadersTimeout.TotalSeconds:0} seconds.", e);
        }
    }

    /// <summary>One read of a response body; a read that brings nothing within the stall deadline fails.</summary>
    public async ValueTask<int> ReadAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stall.CancelAfter(options.Value.StallTimeout);
        try
        {
            return await body.ReadAsync(buffer, stall.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw SourceFailureException.Timeout(
                $"The source stopped sending data for more than {options.Value.StallTimeout.TotalSeconds:0} seconds.", e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw SourceFailureException.Unreachable("The connection to the source broke off.", e);
        }
    }

    private static async ValueTask<Stream> ConnectAsync(SourceGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (context.InitialRequestMessage.Options.TryGetValue(PinKey, out var pin)
            && string.Equals(context.DnsEndPoint.Host.Trim('[', ']'), pin.Url.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase))
        {
            // The source itself: only the address the guard checked, never a second resolution.
            guard.CheckAddress(pin.Address);
            addresses = [pin.Address];
        }
        else
        {
            // The configured outbound proxy (an operator's choice, not a user's).
            addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
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
    }

    private static SourceFailureException Describe(HttpRequestException e)
    {
        if (e.InnerException is SourceFailureException failure)
        {
            return failure;
        }

        var socket = e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException;
        var detail = socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "The source refused the connection.",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "The source's host name could not be resolved.",
            SocketError.TimedOut => "The source did not accept a connection in time.",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "The source's network cannot be reached.",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => "The source closed the connection.",
            _ when e.InnerException is AuthenticationException => "The source's TLS certificate or handshake was not accepted.",
            _ when e.HttpRequestError is HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => "The source sent an invalid HTTP response.",
            _ when e.HttpRequestError is HttpRequestError.ProxyTunnelError => "The source proxy refused the connection.",
            _ => "The source could not be reached.",
        };
        return SourceFailureException.Unreachable(detail, e);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
