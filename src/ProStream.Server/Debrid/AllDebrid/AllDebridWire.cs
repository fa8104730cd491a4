using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>
/// Every AllDebrid answer: <c>{"status":"success","data":…}</c> or
/// <c>{"status":"error","error":{"code":…,"message":…}}</c>, whatever the HTTP status.
/// </summary>
internal sealed record AllDebridEnvelope<T>(string? Status, T? Data, AllDebridError? Error);

internal sealed record AllDebridError(string? Code, string? Message);

/// <summary>One item of <c>magnet/upload</c> (<c>magnets</c>) or <c>magnet/upload/file</c> (<c>files</c>).</summary>
internal sealed record AllDebridUploaded(long? Id, string? Hash, string? Name, long? Size, bool? Ready, AllDebridError? Error);

internal sealed record AllDebridMagnetUploadData(List<AllDebridUploaded>? Magnets);

internal sealed record AllDebridFileUploadData(List<AllDebridUploaded>? Files);

/// <summary><c>magnets</c> is one object when asked by id, an array otherwise; both are accepted.</summary>
internal sealed record AllDebridStatusData(JsonElement Magnets);

internal sealed record AllDebridMagnetStatus(long Id, string? Filename, long? Size, string? Hash, string? Status, int StatusCode);

internal sealed record AllDebridFilesData(List<AllDebridMagnetFiles>? Magnets);

internal sealed record AllDebridMagnetFiles(long? Id, List<AllDebridFileNode>? Files, AllDebridError? Error);

/// <summary>A file <c>{n, s, l}</c> or a folder <c>{n, e:[…]}</c>.</summary>
internal sealed record AllDebridFileNode(
    [property: JsonPropertyName("n")] string? Name,
    [property: JsonPropertyName("s")] long? Size,
    [property: JsonPropertyName("l")] string? Link,
    [property: JsonPropertyName("e")] List<AllDebridFileNode>? Entries);

/// <summary><c>magnet/delete</c>: <c>{"message":"Magnet was successfully deleted"}</c>.</summary>
internal sealed record AllDebridMessageData(string? Message);

/// <summary><c>link/unlock</c>: <c>link</c> is absent while <c>delayed</c> is set.</summary>
internal sealed record AllDebridUnlockData(string? Link, string? Filename, long? Filesize, long? Delayed);

/// <summary><c>link/delayed</c>: status 1 processing, 2 ready, 3 error.</summary>
internal sealed record AllDebridDelayedData(int Status, long? TimeLeft, string? Link);

/// <summary><c>user</c>: the account; <c>premiumUntil</c> is Unix seconds, 0 when not premium.</summary>
internal sealed record AllDebridUserData(AllDebridUser? User);

internal sealed record AllDebridUser(string? Username, bool? IsPremium, long? PremiumUntil);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridMagnetUploadData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridFileUploadData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridStatusData>))]
[JsonSerializable(typeof(AllDebridMagnetStatus))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridFilesData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridUnlockData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridDelayedData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridMessageData>))]
[JsonSerializable(typeof(AllDebridEnvelope<AllDebridUserData>))]
internal sealed partial class AllDebridJsonContext : JsonSerializerContext;
