using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProStream.IntegrationTests.Fakes;

/// <summary>
/// Prowlarr v1 as upstreams.md §2 describes it: key in <c>apikey</c>, <c>X-Api-Key</c> or Bearer
/// (401 with an empty body otherwise), search results with null members omitted and download
/// links rewritten to its own <c>/{indexerId}/download?apikey=…</c> proxy, which answers 301 to a
/// magnet, 200 with a .torrent, or Newznab XML errors.
/// </summary>
public sealed class FakeProwlarrServer : FakeUpstreamServer
{
    public const string ApiKey = "prowlarr-key-7f3a9c1e5b2d";
    public const string IndexedHash = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
    public const string RedirectMagnetHash = "842783e3005495d5d1637f5364b59343c7844707";
    public const string OffsiteUrl = "http://203.0.113.9/files/dune.torrent";

    public static readonly TestTorrent Torrent = TestTorrent.MultiFile();

    /// <summary>Query strings of the searches received, in order.</summary>
    public ConcurrentQueue<string> Searches { get; } = new();

    public TimeSpan SearchDelay { get; set; }

    /// <summary>When set, the releases a search returns, by its query text (id tokens included);
    /// otherwise the fixed list of Dune releases.</summary>
    public Func<string, IEnumerable<FakeRelease>>? ReleasesFor { get; set; }

    /// <summary>When set, searches answer with this status and an HTML body (a broken proxy).</summary>
    public int? SearchFailsWith { get; set; }

    /// <summary>This many searches (the next ones) answer 503, as an overloaded Prowlarr does; later ones succeed.</summary>
    public int SearchFailuresLeft;

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search", (Delegate)Search);
        routes.MapGet("/api/v1/indexer", (HttpContext context) => Authorized(context) ? Results.Json(Indexers()) : Results.StatusCode(401));
        routes.MapGet("/{indexerId:int}/download", (Delegate)Download);
    }

    private async Task<IResult> Search(HttpContext context)
    {
        if (!Authorized(context))
        {
            return Results.StatusCode(401);
        }

        Searches.Enqueue(context.Request.QueryString.Value ?? "");
        await Task.Delay(SearchDelay, context.RequestAborted);
        if (Interlocked.Decrement(ref SearchFailuresLeft) >= 0)
        {
            return Results.Content("<html><body>503 Service Unavailable</body></html>", "text/html", statusCode: 503);
        }

        if (SearchFailsWith is { } status)
        {
            return Results.Content("<html><body>502 Bad Gateway</body></html>", "text/html", statusCode: status);
        }

        var server = $"{context.Request.Scheme}://{context.Request.Host}";
        if (ReleasesFor is { } releasesFor)
        {
            var found = releasesFor(context.Request.Query["query"].FirstOrDefault() ?? "")
                .Select(r => (JsonNode)Release(server, r.IndexerId, r.Title, r.Link, r.Size, r.InfoHash, seeders: r.Seeders));
            return Results.Content(new JsonArray([.. found]).ToJsonString(), "application/json");
        }

        return Results.Content(new JsonArray(
            Release(server, 1, "Dune.2021.MULTi.1080p.BluRay.x264-GRP", "never-fetched", 9_663_676_416, IndexedHash),
            Release(server, 1, "Dune.2021.2160p.WEB-DL.DV.HDR-GRP2", "magnet", 21_474_836_480),
            Release(server, 2, Torrent.Name, "torrent", 7_568_622_592),
            Release(server, 1, "Dune.2021.720p.WEB.x264-HOP", "hop", 2_147_483_648),
            Release(server, 3, "Dune.2021.1080p.WEB.x264-OFFSITE", "offsite", 4_294_967_296),
            Release(server, 1, "Dune.2021.1080p.WEB.x264-GONE", "gone", 4_294_967_296),
            Release(server, 4, "Dune.2021.1080p.WEB.x264-NZB", "nzb", 4_294_967_296, protocol: "usenet")).ToJsonString(), "application/json");
    }

    private IResult Download(HttpContext context, int indexerId, string? link, string? file)
    {
        if (!Authorized(context))
        {
            return Results.StatusCode(401);
        }

        if (link is null || file is null)
        {
            return NewznabError(400, 200, "Missing parameter");
        }

        var self = $"/{indexerId}/download?apikey={ApiKey}&link=magnet&file={Uri.EscapeDataString(file)}";
        return link switch
        {
            "magnet" => Redirect($"magnet:?xt=urn:btih:{RedirectMagnetHash}&dn=Dune 2021 2160p&tr=udp%3A%2F%2Ftracker.example%3A1337"),
            "torrent" => Results.File(Torrent.Bytes, "application/x-bittorrent", $"{file}.torrent"),
            "hop" => Redirect(self, permanent: false),
            "offsite" => Redirect(OffsiteUrl),
            "gone" => NewznabError(410, 300, "Indexer returned 404"),
            _ => NewznabError(500, 900, "Unexpected link"),
        };
    }

    private static IResult Redirect(string location, bool permanent = true) => Results.Redirect(location, permanent);

    private static IResult NewznabError(int status, int code, string description) =>
        Results.Content($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><error code=\"{code}\" description=\"{description}\" />", "application/xml", statusCode: status);

    private static bool Authorized(HttpContext context)
    {
        var request = context.Request;
        var key = request.Query["apikey"].FirstOrDefault()
            ?? request.Headers["X-Api-Key"].FirstOrDefault()
            ?? request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", "", StringComparison.Ordinal);
        return key == ApiKey;
    }

    private static JsonObject Release(
        string server, int indexerId, string title, string link, long size, string? infoHash = null, string protocol = "torrent", int seeders = 120)
    {
        var download = $"{server}/{indexerId}/download?apikey={ApiKey}&link={link}&file={Uri.EscapeDataString(title)}";
        var release = new JsonObject
        {
            ["id"] = 0,
            ["guid"] = $"https://tracker.example/t/{title.GetHashCode(StringComparison.Ordinal) & 0xffff}",
            ["age"] = 12,
            ["size"] = size,
            ["indexerId"] = indexerId,
            ["indexer"] = indexerId == 2 ? "PrivateHD" : "YggTorrent",
            ["title"] = title,
            ["sortTitle"] = title.ToLowerInvariant(),
            ["imdbId"] = 1160419,
            ["publishDate"] = "2024-05-01T12:34:56Z",
            ["downloadUrl"] = download,
            ["seeders"] = seeders,
            ["leechers"] = 8,
            ["indexerFlags"] = new JsonArray("freeleech"),
            ["categories"] = new JsonArray(new JsonObject { ["id"] = 2000, ["name"] = "Movies", ["subCategories"] = new JsonArray() }),
            ["protocol"] = protocol,
            ["fileName"] = title + (protocol == "torrent" ? ".torrent" : ".nzb"),
        };
        if (infoHash is not null)
        {
            release["infoHash"] = infoHash;
            release["magnetUrl"] = download;
        }

        return release;
    }

    private static JsonArray Indexers() => new(
        Indexer(1, "YggTorrent", "torrent", "semiPrivate"),
        Indexer(2, "PrivateHD", "torrent", "private"),
        Indexer(4, "NZBgeek", "usenet", "private"));

    private static JsonObject Indexer(int id, string name, string protocol, string privacy) => new()
    {
        ["id"] = id, ["name"] = name, ["fields"] = new JsonArray(), ["implementationName"] = "Cardigann", ["implementation"] = "Cardigann",
        ["enable"] = true, ["redirect"] = false, ["supportsRss"] = true, ["supportsSearch"] = true, ["protocol"] = protocol,
        ["privacy"] = privacy, ["priority"] = 25, ["tags"] = new JsonArray(), ["added"] = "2024-01-01T00:00:00Z",
    };
}

/// <summary>A search result of <see cref="FakeProwlarrServer.ReleasesFor"/>; <see cref="Link"/> is what its download proxy answers.</summary>
public sealed record FakeRelease(string Title, string? InfoHash, long Size = 4_294_967_296, int Seeders = 120, int IndexerId = 1, string Link = "never-fetched");
