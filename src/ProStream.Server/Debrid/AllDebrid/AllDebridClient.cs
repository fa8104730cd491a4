using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.Resilience;

namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>
/// AllDebrid's API: key in <c>Authorization: Bearer</c>, <c>agent</c> in the query, parameters in
/// POST form bodies, the envelope read whatever the HTTP status.
/// </summary>
public sealed class AllDebridClient(HttpClient http, IOptions<AllDebridOptions> options, TimeProvider time)
{
    public const string Upstream = "AllDebrid";

    private AllDebridOptions Options => options.Value;

    public void EnsureConfigured()
    {
        if (!Options.IsConfigured)
        {
            throw UpstreamException.NotConfigured(Upstream, "AllDebrid is not configured (set AllDebrid__ApiKey).", "AllDebrid__ApiKey");
        }
    }

    internal async Task<AllDebridUploaded> UploadMagnetAsync(string magnet, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent([new("magnets[]", magnet)]);
        var data = await PostAsync("v4/magnet/upload", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridMagnetUploadData, retry: false, ct);
        return Single(data.Magnets);
    }

    internal async Task<AllDebridUploaded> UploadTorrentAsync(byte[] torrent, CancellationToken ct)
    {
        using var file = new ByteArrayContent(torrent);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-bittorrent");
        using var form = new MultipartFormDataContent { { file, "files[]", "1.torrent" } };
        var data = await PostAsync("v4/magnet/upload/file", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridFileUploadData, retry: false, ct);
        return Single(data.Files);
    }

    /// <summary>Uploads several magnets in one call; each item answers for itself (ready, or its own error), in input order.</summary>
    internal async Task<List<AllDebridUploaded>> UploadMagnetsAsync(IReadOnlyList<string> magnets, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(magnets.Select(m => new KeyValuePair<string, string>("magnets[]", m)));
        var data = await PostAsync("v4/magnet/upload", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridMagnetUploadData, retry: false, ct);
        return data.Magnets ?? [];
    }

    /// <summary>The account's magnets that are still being processed (statusCode 0–3).</summary>
    internal async Task<List<AllDebridMagnetStatus>> GetActiveMagnetsAsync(CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent([new("status", "active")]);
        var data = await PostAsync("v4.1/magnet/status", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridStatusData, retry: true, ct);
        return StatusItems(data);
    }

    internal async Task<AllDebridMessageData> DeleteMagnetAsync(long id, CancellationToken ct)
    {
        using var form = Form("id", id);
        return await PostAsync("v4/magnet/delete", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridMessageData, retry: true, ct);
    }

    internal async Task<AllDebridMagnetStatus> GetStatusAsync(long id, CancellationToken ct)
    {
        using var form = Form("id", id);
        var data = await PostAsync("v4.1/magnet/status", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridStatusData, retry: true, ct);
        return StatusItems(data).FirstOrDefault(m => m.Id == id) ?? throw AllDebridErrors.ToException("MAGNET_INVALID_ID", null);
    }

    private static List<AllDebridMagnetStatus> StatusItems(AllDebridStatusData data)
    {
        var magnets = data.Magnets.ValueKind switch
        {
            JsonValueKind.Object => [data.Magnets],
            JsonValueKind.Array => data.Magnets.EnumerateArray().ToList(),
            _ => [],
        };
        try
        {
            return magnets.ConvertAll(m => m.Deserialize(AllDebridJsonContext.Default.AllDebridMagnetStatus)!);
        }
        catch (JsonException)
        {
            throw NotJson();
        }
    }

    internal async Task<List<DebridFile>> GetFilesAsync(long id, CancellationToken ct)
    {
        using var form = Form("id[]", id);
        var data = await PostAsync("v4/magnet/files", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridFilesData, retry: true, ct);
        var magnet = data.Magnets?.FirstOrDefault(m => m.Id == id) ?? data.Magnets?.FirstOrDefault()
            ?? throw AllDebridErrors.ToException("MAGNET_INVALID_ID", null);
        return magnet.Error is { } error ? throw AllDebridErrors.ToException(error.Code, error.Message) : AllDebridFileTree.Flatten(magnet.Files);
    }

    internal async Task<AllDebridUnlockData> UnlockAsync(string link, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent([new("link", link)]);
        return await PostAsync("v4/link/unlock", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridUnlockData, retry: true, ct);
    }

    internal async Task<AllDebridDelayedData> GetDelayedAsync(long id, CancellationToken ct)
    {
        using var form = Form("id", id);
        return await PostAsync("v4/link/delayed", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridDelayedData, retry: true, ct);
    }

    /// <summary>The account behind the key (the admin status page shows premium-until).</summary>
    internal async Task<AllDebridUser> GetUserAsync(CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent([]);
        var data = await PostAsync("v4/user", form, AllDebridJsonContext.Default.AllDebridEnvelopeAllDebridUserData, retry: false, ct);
        return data.User ?? throw NotJson();
    }

    private static FormUrlEncodedContent Form(string name, long value) =>
        new([new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    private static AllDebridUploaded Single(List<AllDebridUploaded>? items)
    {
        var item = items?.FirstOrDefault() ?? throw UpstreamException.BadGateway(Upstream, "AllDebrid accepted the upload but returned no magnet.");
        if (item.Error is { } error)
        {
            throw AllDebridErrors.ToException(error.Code, error.Message);
        }

        return item.Id is > 0 ? item : throw UpstreamException.BadGateway(Upstream, "AllDebrid accepted the upload but returned no magnet id.");
    }

    private async Task<T> PostAsync<T>(string path, HttpContent content, JsonTypeInfo<AllDebridEnvelope<T>> type, bool retry, CancellationToken ct)
        where T : class
    {
        EnsureConfigured();
        var uri = new Uri(Options.BaseUri, $"{path}?agent={Uri.EscapeDataString(Options.Agent)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Options.ApiKey);
        request.Options.Set(UpstreamHttp.DoNotRetry, !retry);
        using var response = await http.SendUpstreamAsync(request, Upstream, ct);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new AllDebridRateLimitedException(UpstreamHttp.RetryAfterSeconds(response, time));
        }

        var body = await response.Content.ReadAsByteArrayAsync(ct);
        AllDebridEnvelope<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            throw NotJson((int)response.StatusCode);
        }

        return envelope switch
        {
            { Error: { } error } => throw AllDebridErrors.ToException(error.Code, error.Message),
            { Status: "success", Data: { } data } => data,
            _ => throw NotJson((int)response.StatusCode),
        };
    }

    private static UpstreamException NotJson(int? status = null) => UpstreamException.BadGateway(
        Upstream, $"AllDebrid answered with something that is not its JSON API{(status is { } s ? $" (HTTP {s})" : "")}; it may be down or behind a challenge page.");
}
