using System.Net;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace ProStream.Server.Playback.Cluster;

/// <summary>
/// Passes a request for a session's URL to the instance running it (YARP's forwarder: streaming both ways, hop-by-hop
/// headers handled). The destination is only ever an address an instance registered in Redis, and the path the
/// request's own session path: never a URL a client chose.
/// </summary>
public sealed class SessionForwarder(IHttpForwarder forwarder, IOptions<ClusterOptions> options, SessionCluster cluster) : IDisposable
{
    /// <summary>Marks a request already forwarded once: it is served or refused, never forwarded again.</summary>
    public const string ForwardedHeader = "X-ProStream-Forwarded-By";

    private readonly HttpMessageInvoker _client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        EnableMultipleHttp2Connections = true,
    });

    private readonly Transformer _transformer = new(cluster.InstanceId);

    public static bool WasForwarded(HttpContext context) => context.Request.Headers.ContainsKey(ForwardedHeader);

    /// <summary>True when the holder answered (its answer is this response); false when it failed before anything was sent.</summary>
    public async Task<bool> ForwardAsync(HttpContext context, Uri holder)
    {
        var prefix = holder.ToString().TrimEnd('/') + context.Request.PathBase;
        var config = new ForwarderRequestConfig { ActivityTimeout = options.Value.ForwardTimeout };
        var error = await forwarder.SendAsync(context, prefix, _client, config, _transformer);
        if (error == ForwarderError.None || context.Response.HasStarted)
        {
            return true;
        }

        // Nothing reached the client: undo the forwarder's 502 so the caller can answer after a takeover.
        context.Features.Set<IForwarderErrorFeature>(null);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status200OK;
        return false;
    }

    public void Dispose() => _client.Dispose();

    private sealed class Transformer(string instanceId) : HttpTransformer
    {
        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Remove(ForwardedHeader);
            proxyRequest.Headers.TryAddWithoutValidation(ForwardedHeader, instanceId);
        }
    }
}
