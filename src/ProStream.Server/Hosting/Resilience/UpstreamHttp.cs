using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Hosting.Resilience;

/// <summary>
/// The one way features talk to an upstream over HTTP: the standard resilience handler with
/// the feature's timeout as the whole budget, and transport failures turned into
/// <see cref="UpstreamException"/>s that name the upstream (never the URL, which may carry a key).
/// </summary>
public static class UpstreamHttp
{
    /// <summary>Set on a request that must not be sent twice (e.g. an upload that is not idempotent).</summary>
    public static readonly HttpRequestOptionsKey<bool> DoNotRetry = new("ProStream.DoNotRetry");

    /// <summary>
    /// Standard resilience with <paramref name="timeout"/> as both the attempt and the total budget:
    /// quick transient failures (connection refused, 5xx, 408) are retried twice within the budget;
    /// a slow upstream is not asked again; 429 is passed on (its Retry-After usually exceeds the budget).
    /// </summary>
    /// <remarks>
    /// Also swaps the default HttpClient loggers for <see cref="UpstreamLoggingHandler"/>, which
    /// logs no query string and no header (keys travel in both), and Polly's retry logs for
    /// <see cref="ResilienceLog"/>'s one-liners.
    /// </remarks>
    public static IHttpClientBuilder AddUpstreamResilience(
        this IHttpClientBuilder builder, string upstream, Func<IServiceProvider, TimeSpan> timeout)
    {
        builder.RemoveAllLoggers();
        builder.ConfigureHttpClient((services, client) => client.Timeout = timeout(services) + TimeSpan.FromSeconds(5));
        builder.AddStandardResilienceHandler().Configure((options, services) =>
        {
            var budget = timeout(services);
            options.TotalRequestTimeout.Timeout = budget;
            options.AttemptTimeout.Timeout = budget;
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, budget.Ticks * 2));
            // Two quick retries: a failure that outlives a second is reported, not waited out.
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(250);
            options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args));
            ResilienceLog.Attach(options, upstream, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResilienceLog)));
        });
        ResilienceLog.Silence(builder.Services);
        // Inside the resilience handler, so each attempt is logged.
        builder.AddHttpMessageHandler(services =>
            new UpstreamLoggingHandler(upstream, services.GetRequiredService<UpstreamMetrics>(), services.GetRequiredService<ILogger<UpstreamLoggingHandler>>()));
        return builder;
    }

    /// <summary>Sends a request; transport failures and timeouts become 502/503/504 naming <paramref name="upstream"/>.</summary>
    public static async Task<HttpResponseMessage> SendUpstreamAsync(
        this HttpClient client, HttpRequestMessage request, string upstream, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw UpstreamException.Timeout(upstream, $"{upstream} did not answer in time.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw UpstreamException.Timeout(upstream, $"{upstream} did not answer in time.");
        }
        catch (BrokenCircuitException)
        {
            throw UpstreamException.Unavailable(upstream, $"{upstream} failed repeatedly; calls are paused for a few seconds.", 30);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw UpstreamException.BadGateway(upstream, $"{upstream} sent a response larger than ProStream accepts.");
        }
        catch (HttpRequestException e)
        {
            throw UpstreamException.BadGateway(upstream, $"{upstream} could not be reached ({e.HttpRequestError}).");
        }
    }

    /// <summary>Seconds from a <c>Retry-After</c> header (delta or date), or <paramref name="fallback"/>.</summary>
    public static int RetryAfterSeconds(HttpResponseMessage response, TimeProvider time, int fallback = 5)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is { } d && d > TimeSpan.Zero ? (int)Math.Ceiling(Math.Min(d.TotalSeconds, 3600)) : fallback;
    }

    private static bool ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        if (args.Context.GetRequestMessage() is { } request && request.Options.TryGetValue(DoNotRetry, out var doNotRetry) && doNotRetry)
        {
            return false;
        }

        return args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
            && HttpClientResiliencePredicates.IsTransient(args.Outcome);
    }
}
