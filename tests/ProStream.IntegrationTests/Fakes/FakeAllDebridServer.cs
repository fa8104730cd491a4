using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProStream.IntegrationTests.Fakes;

/// <summary>
/// AllDebrid v4/v4.1 as upstreams.md §3 describes it: Bearer key, GET query or POST form, the
/// success/error envelope, <c>magnet/upload</c> (<c>magnets[]</c>) and <c>upload/file</c>
/// (<c>files[]</c>), v4.1 status by id as one object (or an array when asked), statusCode moving
/// from processing to ready, a files tree with folders, unlock with or without <c>delayed</c>;
/// status without an id lists the account's magnets (filtered by <c>status</c>: active, ready, error),
/// <c>magnet/delete</c> removes one. Tests can force an error code, HTML, a 429 or a delay on any path.
/// </summary>
public sealed partial class FakeAllDebridServer : FakeUpstreamServer
{
    public const string ApiKey = "alldebrid-key-5e8d2b9a4c71";
    private long _nextId = 1000;

    public ConcurrentDictionary<string, string> ForcedErrors { get; } = new();

    public ConcurrentDictionary<string, bool> HtmlOn { get; } = new();

    public ConcurrentDictionary<string, bool> RateLimitOn { get; } = new();

    public ConcurrentDictionary<string, TimeSpan> DelayOn { get; } = new();

    /// <summary>Hashes already on AllDebrid: ready at upload.</summary>
    public ConcurrentDictionary<string, bool> CachedHashes { get; } = new();

    /// <summary>Hashes AllDebrid fails to download (statusCode 7).</summary>
    public ConcurrentDictionary<string, bool> FailingHashes { get; } = new();

    /// <summary>Hashes that stay "Downloading" however often their status is checked.</summary>
    public ConcurrentDictionary<string, bool> NeverReadyHashes { get; } = new();

    /// <summary>The files of a torrent, by hash; others get a film, a sample folder and subtitles.</summary>
    public ConcurrentDictionary<string, FakeTorrentFile[]> FilesByHash { get; } = new();

    /// <summary>What <c>link/unlock</c> answers for a file link, by the link's key (<c>https://alldebrid.com/f/{key}</c>).</summary>
    public ConcurrentDictionary<string, Uri> UnlockTo { get; } = new();

    /// <summary>How many status checks a new magnet stays in processing before it is ready.</summary>
    public int ProcessingChecks { get; set; } = 1;

    public bool StatusAsArray { get; set; }

    /// <summary>The <c>Retry-After</c> of a forced 429, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 7;

    /// <summary>The info-hashes of the magnets on the account (what its magnet list shows).</summary>
    public IReadOnlyCollection<string> HashesOnAccount => [.. Magnets.Values.Select(m => m.Hash)];

    /// <summary>Puts a magnet on the account as its owner would (e.g. one being downloaded for playback).</summary>
    public long AddToAccount(string hash, string name = "owner's torrent")
    {
        var magnet = new Magnet(Interlocked.Increment(ref _nextId), hash.ToLowerInvariant(), name);
        Magnets[magnet.Id] = magnet;
        return magnet.Id;
    }

    public ConcurrentQueue<long> DeletedIds { get; } = new();

    public ConcurrentQueue<string> UploadedMagnets { get; } = new();

    public ConcurrentQueue<byte[]> UploadedFiles { get; } = new();

    public ConcurrentQueue<string> Agents { get; } = new();

    private ConcurrentDictionary<long, Magnet> Magnets { get; } = new();

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.Map("/v4/magnet/upload", Handle(UploadMagnets));
        routes.Map("/v4/magnet/upload/file", Handle(UploadFiles));
        routes.Map("/v4.1/magnet/status", Handle(Status));
        routes.Map("/v4/magnet/files", Handle(Files));
        routes.Map("/v4/magnet/delete", Handle(Delete));
        routes.Map("/v4/link/unlock", Handle(Unlock));
        routes.Map("/v4/link/delayed", Handle(Delayed));
        routes.Map("/v4/user", Handle(User));
        routes.MapFallback(() => Results.Json(Error("404", "Endpoint doesn't exist")));
    }

    private RequestDelegate Handle(Func<HttpContext, Task<JsonObject>> handler) => async context =>
    {
        var path = context.Request.Path.Value!;
        if (DelayOn.TryGetValue(path, out var delay))
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        Agents.Enqueue(context.Request.Query["agent"].FirstOrDefault() ?? "");
        IResult result = authorization is null
            ? Results.Json(Error("AUTH_MISSING_APIKEY", "The auth apikey was not sent"), statusCode: 401)
            : authorization != $"Bearer {ApiKey}"
                ? Results.Json(Error("AUTH_BAD_APIKEY", "The auth apikey is invalid"), statusCode: 401)
                : HtmlOn.ContainsKey(path)
                    ? Results.Content("<!DOCTYPE html><html><title>502 Bad gateway</title><body>cloudflare</body></html>", "text/html", statusCode: 502)
                    : RateLimitOn.ContainsKey(path)
                        ? TooManyRequests(context)
                        : ForcedErrors.TryGetValue(path, out var code)
                            ? Results.Json(Error(code, $"Forced {code}"))
                            : await Success(handler, context);
        await result.ExecuteAsync(context);
    };

    private static async Task<IResult> Success(Func<HttpContext, Task<JsonObject>> handler, HttpContext context)
    {
        try
        {
            return Results.Json(new JsonObject { ["status"] = "success", ["data"] = await handler(context) });
        }
        catch (Fault fault)
        {
            return Results.Json(Error(fault.Code, fault.Message));
        }
    }

    private IResult TooManyRequests(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(Error("TOO_MANY_REQUESTS", "Slow down"), statusCode: 429);
    }

    private async Task<JsonObject> UploadMagnets(HttpContext context)
    {
        var items = new JsonArray();
        foreach (var uri in await Values(context, "magnets[]"))
        {
            UploadedMagnets.Enqueue(uri);
            var match = BtihPattern().Match(uri);
            items.Add(match.Success
                ? Uploaded(match.Groups[1].Value.ToLowerInvariant(), Uri.UnescapeDataString(NamePattern().Match(uri).Groups[1].Value), "magnet", uri)
                : new JsonObject { ["magnet"] = uri, ["error"] = ErrorBody("MAGNET_INVALID_URI", "Magnet is not valid") });
        }

        return new JsonObject { ["magnets"] = items };
    }

    private async Task<JsonObject> UploadFiles(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var items = new JsonArray();
        foreach (var file in form.Files.Where(f => f.Name == "files[]"))
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            var bytes = stream.ToArray();
            UploadedFiles.Enqueue(bytes);
            // Like upstreams.md's recipe by hand: the info value is the last key of these test torrents.
            var at = bytes.AsSpan().IndexOf("4:infod"u8);
            items.Add(at < 0
                ? new JsonObject { ["file"] = file.FileName, ["error"] = ErrorBody("MAGNET_INVALID_FILE", "File is not a valid torrent") }
                : Uploaded(Convert.ToHexStringLower(SHA1.HashData(bytes.AsSpan()[(at + 6)..^1])), "Uploaded torrent", "file", file.FileName));
        }

        return new JsonObject { ["files"] = items };
    }

    private JsonObject Uploaded(string hash, string name, string key, string value)
    {
        var existing = Magnets.Values.FirstOrDefault(m => m.Hash == hash);
        var magnet = existing ?? new Magnet(Interlocked.Increment(ref _nextId), hash, name.Length > 0 ? name : hash);
        Magnets.TryAdd(magnet.Id, magnet);
        return new JsonObject
        {
            [key] = value, ["hash"] = hash, ["name"] = magnet.Name, ["filename_original"] = magnet.Name,
            ["size"] = 7_568_622_592, ["ready"] = CachedHashes.ContainsKey(hash), ["id"] = magnet.Id,
        };
    }

    private async Task<JsonObject> Status(HttpContext context)
    {
        var id = (await Values(context, "id")).SingleOrDefault();
        if (id is null)
        {
            var filter = (await Values(context, "status")).SingleOrDefault();
            var listed = Magnets.Values.OrderBy(m => m.Id).Select(m => StatusOf(m, advance: false))
                .Where(s => filter switch
                {
                    "active" => (int)s["statusCode"]! < 4,
                    "ready" => (int)s["statusCode"]! == 4,
                    "error" => (int)s["statusCode"]! > 4,
                    _ => true,
                });
            return new JsonObject { ["magnets"] = new JsonArray([.. listed]) };
        }

        if (!Magnets.TryGetValue(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), out var magnet))
        {
            throw new Fault("MAGNET_INVALID_ID", "This magnet ID does not exists or is invalid");
        }

        var status = StatusOf(magnet, advance: true);
        return new JsonObject { ["magnets"] = StatusAsArray ? new JsonArray(status) : status };
    }

    /// <summary>A magnet's status object; each check by id moves a downloading magnet on towards ready.</summary>
    private JsonObject StatusOf(Magnet magnet, bool advance)
    {
        var checks = advance ? Interlocked.Increment(ref magnet.StatusChecks) : magnet.StatusChecks;
        var (code, text) = FailingHashes.ContainsKey(magnet.Hash) ? (7, "Not downloaded in 20 min")
            : NeverReadyHashes.ContainsKey(magnet.Hash) ? (1, "Downloading")
            : CachedHashes.ContainsKey(magnet.Hash) || checks > ProcessingChecks ? (4, "Ready")
            : (1, "Downloading");
        var status = new JsonObject
        {
            ["id"] = magnet.Id, ["filename"] = magnet.Name, ["size"] = 7_568_622_592, ["hash"] = magnet.Hash,
            ["status"] = text, ["statusCode"] = code, ["uploadDate"] = 1714566896, ["completionDate"] = code == 4 ? 1714567896 : 0,
            ["type"] = "m", ["notified"] = false, ["version"] = 2, ["nbLinks"] = code == 4 ? 3 : 0,
        };
        if (code < 4)
        {
            status["downloaded"] = 1_000_000;
            status["downloadSpeed"] = 5_000_000;
            status["seeders"] = 42;
        }

        return status;
    }

    /// <summary>When the account's premium ends (upstreams.md §3.7 <c>user</c>); null: not premium.</summary>
    public DateTimeOffset? PremiumUntil { get; set; } = new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero);

    // upstreams.md §3.7: {"user":{username,email,isPremium,isSubscribed,isTrial,premiumUntil,lang,…}}; premiumUntil is Unix seconds, 0 when not premium.
    private Task<JsonObject> User(HttpContext context) => Task.FromResult(new JsonObject
    {
        ["user"] = new JsonObject
        {
            ["username"] = "fakeowner",
            ["email"] = "owner@alldebrid.test",
            ["isPremium"] = PremiumUntil is not null,
            ["isSubscribed"] = false,
            ["isTrial"] = false,
            ["premiumUntil"] = PremiumUntil?.ToUnixTimeSeconds() ?? 0,
            ["lang"] = "en",
        },
    });

    private async Task<JsonObject> Delete(HttpContext context)
    {
        var id = long.Parse((await Values(context, "id")).Single(), System.Globalization.CultureInfo.InvariantCulture);
        if (!Magnets.TryRemove(id, out _))
        {
            throw new Fault("MAGNET_INVALID_ID", "This magnet ID does not exists or is invalid");
        }

        DeletedIds.Enqueue(id);
        return new JsonObject { ["message"] = "Magnet was successfully deleted" };
    }

    private async Task<JsonObject> Files(HttpContext context)
    {
        var items = new JsonArray();
        foreach (var value in await Values(context, "id[]"))
        {
            var id = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            items.Add(Magnets.TryGetValue(id, out var magnet)
                ? new JsonObject
                {
                    ["id"] = value,
                    ["files"] = FilesByHash.TryGetValue(magnet.Hash, out var files) ? Tree(files, "") : new JsonArray(
                        File($"{magnet.Name}.mkv", 7_516_192_768, $"movie{id}"),
                        Folder("Sample", File("sample.mkv", 52_428_800, $"sample{id}")),
                        Folder("Subs", Folder("English", File("en.srt", 2_000, $"subs{id}")))),
                }
                : new JsonObject { ["id"] = value, ["error"] = ErrorBody("MAGNET_INVALID_ID", "This magnet ID does not exists or is invalid") });
        }

        return new JsonObject { ["magnets"] = items };
    }

    private async Task<JsonObject> Unlock(HttpContext context)
    {
        var link = (await Values(context, "link")).Single();
        if (UnlockTo.TryGetValue(link[(link.LastIndexOf('/') + 1)..], out var direct))
        {
            return new JsonObject
            {
                ["host"] = "magnet", ["hostDomain"] = "alldebrid.com", ["filename"] = Uri.UnescapeDataString(direct.Segments[^1]),
                ["filesize"] = 1_000_000, ["id"] = "4kz28", ["paws"] = false, ["streams"] = new JsonArray(), ["path"] = "",
                ["link"] = direct.AbsoluteUri,
            };
        }

        var unlocked = new JsonObject
        {
            ["host"] = "magnet", ["hostDomain"] = "alldebrid.com", ["filename"] = "Dune.2021.mkv", ["filesize"] = 7_516_192_768,
            ["id"] = "3hk19hz3205", ["paws"] = false, ["streams"] = new JsonArray(), ["path"] = "",
        };
        if (link.Contains("/f/delayed", StringComparison.Ordinal))
        {
            unlocked["delayed"] = 4242;
        }
        else
        {
            unlocked["link"] = "https://ombfyx.debrid.it/dl/abcdefgh12/Dune.2021.mkv";
        }

        return unlocked;
    }

    private static async Task<JsonObject> Delayed(HttpContext context) =>
        (await Values(context, "id")).Single() == "4242"
            ? new JsonObject { ["status"] = 2, ["time_left"] = 0, ["link"] = "https://ombfyx.debrid.it/dl/delayed42/Dune.2021.mkv" }
            : throw new Fault("DELAYED_INVALID_ID", "This delayed ID is invalid");

    private static async Task<List<string>> Values(HttpContext context, string key)
    {
        var values = context.Request.Query[key].ToList();
        if (context.Request.HasFormContentType)
        {
            values.AddRange((await context.Request.ReadFormAsync())[key]);
        }

        return [.. values.OfType<string>()];
    }

    private static JsonObject File(string name, long size, string link) =>
        new() { ["n"] = name, ["s"] = size, ["l"] = $"https://alldebrid.com/f/{link}" };

    /// <summary>AllDebrid's tree (folders <c>{n,e}</c>, files <c>{n,s,l}</c>) from flat paths, in the order given.</summary>
    private static JsonArray Tree(IEnumerable<FakeTorrentFile> files, string prefix)
    {
        var nodes = new JsonArray();
        foreach (var group in files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(f => f.Path[prefix.Length..].Split('/')[0]))
        {
            var first = group.First();
            nodes.Add(first.Path == prefix + group.Key
                ? File(group.Key, first.Size, first.LinkKey)
                : new JsonObject { ["n"] = group.Key, ["e"] = Tree(group, prefix + group.Key + "/") });
        }

        return nodes;
    }

    private static JsonObject Folder(string name, params JsonObject[] entries) => new() { ["n"] = name, ["e"] = new JsonArray(entries) };

    private static JsonObject Error(string code, string message) => new() { ["status"] = "error", ["error"] = ErrorBody(code, message) };

    private static JsonObject ErrorBody(string code, string message) => new() { ["code"] = code, ["message"] = message };

    [GeneratedRegex("xt=urn:btih:([0-9a-fA-F]{40})")]
    private static partial Regex BtihPattern();

    [GeneratedRegex("dn=([^&]*)")]
    private static partial Regex NamePattern();

    private sealed class Fault(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    private sealed record Magnet(long Id, string Hash, string Name)
    {
        public int StatusChecks;
    }
}

/// <summary>A file of a fake torrent: its path inside the torrent ('/' between folders), size and link key.</summary>
public sealed record FakeTorrentFile(string Path, long Size, string LinkKey);
