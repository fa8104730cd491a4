using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting;
using ProStream.Server.Hosting.Resilience;

namespace ProStream.Server.Catalog;

public static class CatalogModule
{
    /// <summary>Largest TMDB answer read; a details page with everything appended is well under 1 MiB.</summary>
    private const long MaxResponseBytes = 8 * 1024 * 1024;

    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TmdbOptions>()
            .BindConfiguration(TmdbOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TmdbOptions>, TmdbOptionsValidation>();

        builder.Services.AddHttpClient<TmdbClient>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<TmdbOptions>>().Value;
                var baseUrl = options.BaseUrl.ToString();
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.MaxResponseContentBufferSize = MaxResponseBytes;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("ProStream");
            })
            // CatalogService (a singleton) keeps its TmdbClient: connections are recycled by the
            // pool rather than by rotating handlers, so DNS changes are still seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan)
            // The default request logging writes the URI, which carries api_key for v3 keys.
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                ConfigureResilience(resilience, services.GetRequiredService<IOptions<TmdbOptions>>().Value.Timeout);
                ResilienceLog.Attach(resilience, TmdbErrorMapping.Upstream, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResilienceLog)));
            });

        builder.Services.AddSingleton<CatalogService>();
        builder.Services.AddSingleton<ITitleLookup>(services => services.GetRequiredService<CatalogService>());
        builder.Services.AddSingleton<CatalogLanguage>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapCatalogEndpoints();
        return app;
    }

    /// <summary>
    /// The whole call, retries included, fits in <paramref name="timeout"/>; an attempt gets
    /// half of it. Only failures a retry can fix are retried: network errors, attempt timeouts
    /// and 5xx. A 4xx (bad key, unknown id, rate limit) is answered at once.
    /// </summary>
    internal static void ConfigureResilience(HttpStandardResilienceOptions resilience, TimeSpan timeout)
    {
        var attempt = timeout / 2;
        resilience.TotalRequestTimeout.Timeout = timeout;
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, attempt.TotalSeconds * 2));
        resilience.Retry.MaxRetryAttempts = 2;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
        {
            { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
            { Result: { } response } => (int)response.StatusCode >= 500,
            _ => false,
        });
    }
}
