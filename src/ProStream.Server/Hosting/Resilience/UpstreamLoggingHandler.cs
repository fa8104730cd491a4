using System.Diagnostics;

namespace ProStream.Server.Hosting.Resilience;

/// <summary>
/// Logs each call to an upstream with its method, path and status only. It replaces the default
/// HttpClient loggers, whose structured state carries raw header values (Authorization, X-Api-Key,
/// a Location with Prowlarr's <c>apikey=</c>) that a JSON log formatter would write out.
/// </summary>
public sealed partial class UpstreamLoggingHandler(string upstream, ILogger<UpstreamLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var path = request.RequestUri?.AbsolutePath ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            LogCall(logger, upstream, request.Method.Method, path, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            LogFailure(logger, upstream, request.Method.Method, path, e.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Upstream} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string upstream, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} {Method} {Path} failed ({Error}) after {ElapsedMs:0} ms")]
    private static partial void LogFailure(ILogger logger, string upstream, string method, string path, string error, double elapsedMs);
}
