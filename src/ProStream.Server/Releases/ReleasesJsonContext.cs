using System.Text.Json.Serialization;

namespace ProStream.Server.Releases;

/// <summary>How releases are stored in the cache (memory, or Redis when configured).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Release))]
[JsonSerializable(typeof(List<Release>))]
internal sealed partial class ReleasesJsonContext : JsonSerializerContext;
