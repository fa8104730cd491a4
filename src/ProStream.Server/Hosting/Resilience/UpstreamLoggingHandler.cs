using System.Diagnostics;

namespace ProStream.Server.Hosting.Resilience;

/// <summary>
/// Logs each call to an upstream with its method, path and status only. It replaces the default
/// HttpClient loggers, whose structured state carries raw header values (Authorization, X-Api-Key,
/// a Location with Prowlarr's <c>apikey=</c>) that a JSON log formatter would write out. Each
/// attempt is also recorded on the <c>ProStream.Upstreams</c> meter.
/// </summary>
public sealed partial class UpstreamLoggingHandler(string upstream, UpstreamMetrics metrics, ILogger<UpstreamLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var path = request.RequestUri?.AbsolutePath ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogCall(logger, upstream, request.Method.Method, path, (int)response.StatusCode, elapsed.TotalMilliseconds);
            metrics.Record(upstream, Operation(path), elapsed, response.IsSuccessStatusCode || IsRedirect(response) ? null : (int)response.StatusCode);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogFailure(logger, upstream, request.Method.Method, path, e.GetType().Name, elapsed.TotalMilliseconds);
            metrics.Record(upstream, Operation(path), elapsed, e is OperationCanceledException ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway);
            throw;
        }
    }

    private static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    // A low-cardinality name for the metric: numbers (indexer and magnet ids) are folded away.
    private static string Operation(string path) => NumberSegment().Replace(path, "/{id}");

    [System.Text.RegularExpressions.GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial System.Text.RegularExpressions.Regex NumberSegment();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Upstream} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string upstream, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} {Method} {Path} failed ({Error}) after {ElapsedMs:0} ms")]
    private static partial void LogFailure(ILogger logger, string upstream, string method, string path, string error, double elapsedMs);
}
