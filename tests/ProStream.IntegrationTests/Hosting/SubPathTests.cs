using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Play;
using ProStream.IntegrationTests.Playback;
using ProStream.Server.Hosting.BasePath;

namespace ProStream.IntegrationTests.Hosting;

/// <summary>
/// <c>ProStream__BasePath=/prostream</c> behind a real nginx that passes <c>/prostream/</c> on: everything a
/// browser or a script reaches is under the sub-path, and every URL the server hands out stays there.
/// </summary>
public sealed partial class SubPathTests
{
    private const string BasePath = "/prostream";
    private const string Hash = "7777777777777777777777777777777777777777";

    [Fact]
    public async Task Web_ui_api_playback_openapi_and_health_work_behind_nginx_at_a_sub_path()
    {
        await using var world = await PlayWorld.CreateAsync(new Dictionary<string, string?> { [BasePathModule.Setting] = BasePath });
        world.Prowlarr.ReleasesFor = _ => [new("Fight.Club.1999.1080p.BluRay.x264-GRP", Hash, Size: 8L << 30, Seeders: 100)];
        world.Torrent(Hash, cached: true, ("Fight.Club.1999.1080p.BluRay.x264-GRP.mkv", 8L << 30, TestFilms.Film));
        await using var nginx = await NginxProxy.StartAsync(world.App.BaseAddress, BasePath);
        using var http = new HttpClient { BaseAddress = nginx.Address };

        // The web UI: a deep link gets the page with its base, and every file the page names is there.
        var page = await http.GetStringAsync("title/movie/550");
        Assert.Contains("<base href=\"/prostream/\">", page, StringComparison.Ordinal);
        var assets = AssetReference().Matches(page).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(["favicon.svg", "styles.css", "app.js"], assets);
        foreach (var asset in assets.Append("js/base.js").Append("vendor/hls.js/hls.min.js"))
        {
            using var file = await http.GetAsync(asset);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)file.StatusCode}");
        }

        // The API: register (its Location stays under the sub-path) and sign in.
        var email = $"sub-{Guid.NewGuid():N}@example.com";
        using var register = await http.PostAsJsonAsync("api/auth/register", new { email, password = "correct horse battery", displayName = "Sub" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        Assert.Equal("/prostream/api/me", register.Headers.Location?.OriginalString);
        var token = await http.PostAsJsonAsync("api/auth/login", new { email, password = "correct horse battery" })
            .ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var me = await http.GetFromJsonAsync<JsonElement>("api/me");
        Assert.Equal(email, me.GetProperty("email").GetString());

        // The world's viewer is the first account, an admin: it plays and invites from here on.
        http.DefaultRequestHeaders.Authorization = world.Viewer.DefaultRequestHeaders.Authorization;

        // Playback: the session's playlist URL carries the sub-path; the master playlist, a media playlist
        // and a segment are fetched through nginx the way a player resolves them.
        using var play = await http.PostAsJsonAsync("api/play", new { tmdbId = PlayWorld.FightClub, type = "movie" });
        var played = await Task.FromResult(play).ReadJsonAsync<PlayWorld.PlayBody>(HttpStatusCode.Created);
        Assert.Equal($"/prostream/api/playback/sessions/{played.Id}", play.Headers.Location?.OriginalString);
        Assert.StartsWith("/prostream/hls/", played.MasterPlaylistUrl, StringComparison.Ordinal);
        var masterUrl = new Uri(nginx.Address, played.MasterPlaylistUrl);
        var master = await http.GetStringAsync(masterUrl);
        var mediaUrl = new Uri(masterUrl, Assert.Single(UriLines(master), uri => uri.EndsWith("v.m3u8", StringComparison.Ordinal)));
        var media = await http.GetStringAsync(mediaUrl);
        var segments = PlaybackTestWorld.Segments(media);
        Assert.NotEmpty(segments);
        Assert.All(UriLines(media).Concat(UriLines(master)), uri => Assert.False(uri.StartsWith('/'), $"{uri} would leave the sub-path"));
        using var segment = await http.GetAsync(new Uri(mediaUrl, segments[0].Uri));
        Assert.Equal(HttpStatusCode.OK, segment.StatusCode);
        Assert.True((await segment.Content.ReadAsByteArrayAsync()).Length > 1000, "a segment holds video");

        // Invitation links name the sign-up page under the sub-path.
        var invitation = await http.PostAsJsonAsync("api/admin/invitations", new { role = "user" }).ReadJsonAsync<JsonElement>(HttpStatusCode.Created);
        Assert.StartsWith("/prostream/register?invite=", invitation.GetProperty("link").GetString(), StringComparison.Ordinal);

        // The OpenAPI document names the sub-path as its server; the reference page, health and metrics answer there.
        http.DefaultRequestHeaders.Authorization = null;
        var document = await http.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        Assert.Equal(BasePath, document.GetProperty("servers")[0].GetProperty("url").GetString());
        var docs = await http.GetStringAsync("docs/");
        Assert.Contains("scalar.aspnetcore.js", docs, StringComparison.Ordinal);
        using var scalar = await http.GetAsync("docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        var ready = await http.GetFromJsonAsync<JsonElement>("health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Contains("prostream_", await http.GetStringAsync("metrics"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> UriLines(string playlist) =>
        playlist.Split('\n').SelectMany(line => line.StartsWith('#')
            ? PlaylistUri().Matches(line).Select(m => m.Groups["uri"].Value)
            : line.Length > 0 ? [line] : []);

    [GeneratedRegex("<(?:link|script) [^>]*(?:href|src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("URI=\"(?<uri>[^\"]+)\"")]
    private static partial Regex PlaylistUri();
}
