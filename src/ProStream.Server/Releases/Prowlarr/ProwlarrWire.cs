using System.Text.Json.Serialization;

namespace ProStream.Server.Releases.Prowlarr;

/// <summary>Prowlarr's ReleaseResource (fields ProStream reads; null members are omitted by Prowlarr).</summary>
internal sealed record ProwlarrRelease(
    string? Guid,
    int IndexerId,
    string? Indexer,
    string? Title,
    string? FileName,
    long? Size,
    DateTimeOffset? PublishDate,
    string? DownloadUrl,
    string? MagnetUrl,
    string? InfoHash,
    int? Seeders,
    int? Leechers,
    string? Protocol)
{
    public bool IsTorrent =>
        string.Equals(Protocol, "torrent", StringComparison.OrdinalIgnoreCase)
        && (DownloadUrl is not null || MagnetUrl is not null || InfoHash is not null);
}

/// <summary>Prowlarr's IndexerResource (fields ProStream shows to the admin).</summary>
internal sealed record ProwlarrIndexer(
    int Id,
    string? Name,
    string? Protocol,
    string? Privacy,
    bool Enable,
    bool SupportsSearch,
    int Priority);

/// <summary>Prowlarr's error body: <c>{"message": …}</c>.</summary>
internal sealed record ProwlarrError(string? Message);

[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<ProwlarrRelease>))]
[JsonSerializable(typeof(List<ProwlarrIndexer>))]
[JsonSerializable(typeof(ProwlarrError))]
internal sealed partial class ProwlarrJsonContext : JsonSerializerContext;
