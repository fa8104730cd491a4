using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ProStream.Server.Hosting.Resilience;

/// <summary>
/// Retries and circuit changes, one line each, in the request's scope (TraceId, SpanId) and without the
/// exception object: Polly's own telemetry logs each retry at Warning with the full exception, a
/// multi-kilobyte stack trace per line, so its logger is switched off (<see cref="Silence"/>) for these.
/// </summary>
public static partial class ResilienceLog
{
    /// <summary>Polly's telemetry keeps its metrics but writes no logs; ours below say the same, shorter.</summary>
    public static void Silence(IServiceCollection services) =>
        services.PostConfigure<Polly.Telemetry.TelemetryOptions>(options => options.LoggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    public static void Attach(HttpStandardResilienceOptions options, string upstream, ILogger logger)
    {
        options.Retry.OnRetry = args =>
        {
            Retrying(logger, upstream, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        };
        options.CircuitBreaker.OnOpened = args =>
        {
            CircuitOpened(logger, upstream, Describe(args.Outcome), args.BreakDuration.TotalSeconds);
            return ValueTask.CompletedTask;
        };
        options.CircuitBreaker.OnClosed = _ =>
        {
            CircuitClosed(logger, upstream);
            return ValueTask.CompletedTask;
        };
    }

    /// <summary>What failed, in a few words: a status code or the kind of transport error, never a URL or a stack.</summary>
    public static string Describe(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        { Exception: HttpRequestException e } => $"{nameof(HttpRequestException)} ({e.HttpRequestError})",
        { Exception: { } e } => e.GetType().Name,
        _ => "unknown",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} attempt {Attempt} failed ({Outcome}); retrying in {DelayMs:0} ms")]
    private static partial void Retrying(ILogger logger, string upstream, int attempt, string outcome, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} keeps failing ({Outcome}); calls are paused for {BreakSeconds:0} s")]
    private static partial void CircuitOpened(ILogger logger, string upstream, string outcome, double breakSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Upstream} answers again; calls resume")]
    private static partial void CircuitClosed(ILogger logger, string upstream);
}
