using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.Resilience;

namespace ProStream.Server.Releases.Prowlarr;

/// <summary>Prowlarr's v1 API (search, indexers) and its download proxy; the key goes in <c>X-Api-Key</c>.</summary>
public sealed partial class ProwlarrClient(HttpClient http, IOptions<ProwlarrOptions> options, TimeProvider time)
{
    public const string Upstream = "Prowlarr";

    private ProwlarrOptions Options => options.Value;

    /// <exception cref="UpstreamException">503 when the URL or key is missing.</exception>
    public void EnsureConfigured()
    {
        if (!Options.IsConfigured)
        {
            throw UpstreamException.NotConfigured(Upstream, "Prowlarr is not configured (set Prowlarr__BaseUrl and Prowlarr__ApiKey).", "Prowlarr__BaseUrl", "Prowlarr__ApiKey");
        }
    }

    internal async Task<List<ProwlarrRelease>> SearchAsync(ProwlarrQuery query, CancellationToken cancellationToken) =>
        await GetJsonAsync($"api/v1/search?{query.ToQueryString()}", ProwlarrJsonContext.Default.ListProwlarrRelease, cancellationToken);

    internal async Task<List<ProwlarrIndexer>> GetIndexersAsync(CancellationToken cancellationToken) =>
        await GetJsonAsync("api/v1/indexer", ProwlarrJsonContext.Default.ListProwlarrIndexer, cancellationToken);

    private async Task<T> GetJsonAsync<T>(string relative, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        EnsureConfigured();
        using var request = NewRequest(new Uri(Options.BaseUri!, relative));
        using var response = await http.SendUpstreamAsync(request, Upstream, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response, body);
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            throw UpstreamException.BadGateway(Upstream, "Prowlarr answered with something that is not the JSON it should send.");
        }
    }

    private HttpRequestMessage NewRequest(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-Api-Key", Options.ApiKey);
        return request;
    }

    private UpstreamException Failure(HttpResponseMessage response, byte[] body) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            UpstreamException.BadGateway(Upstream, "Prowlarr rejected the API key (check Prowlarr__ApiKey)."),
        HttpStatusCode.TooManyRequests => UpstreamException.Unavailable(
            Upstream, "Prowlarr or its indexer is rate limiting requests; try again later.", UpstreamHttp.RetryAfterSeconds(response, time)),
        HttpStatusCode.NotFound => UpstreamException.BadGateway(
            Upstream, "Prowlarr answered 404; check Prowlarr__BaseUrl (including any URL base)."),
        var status => UpstreamException.BadGateway(Upstream, $"Prowlarr answered HTTP {(int)status}{Reason(body)}."),
    };

    private static string Reason(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProwlarrJsonContext.Default.ProwlarrError)?.Message is { Length: > 0 } message
                ? $": {message[..Math.Min(message.Length, 300)]}"
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
