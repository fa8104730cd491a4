using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;
using ProStream.Server.Playback.Sources;

namespace ProStream.IntegrationTests.Play;

/// <summary>
/// One test's world for <c>POST /api/play</c>: fake TMDB, Prowlarr and AllDebrid, generated films on an
/// HTTPS Range server (what AllDebrid's unlocked links point to here), the app, and a signed-in viewer.
/// </summary>
public sealed class PlayWorld : IAsyncDisposable
{
    public const int FightClub = TmdbData.FightClub;
    public const int GameOfThrones = TmdbData.GameOfThrones;

    private PlayWorld(FakeTmdbServer tmdb, FakeProwlarrServer prowlarr, FakeAllDebridServer allDebrid, RangeFileServer films, ProStreamApp app, HttpClient viewer)
    {
        (Tmdb, Prowlarr, AllDebrid, Films, App, Viewer) = (tmdb, prowlarr, allDebrid, films, app, viewer);
    }

    public FakeTmdbServer Tmdb { get; }

    public FakeProwlarrServer Prowlarr { get; }

    public FakeAllDebridServer AllDebrid { get; }

    public RangeFileServer Films { get; }

    public ProStreamApp App { get; }

    public HttpClient Viewer { get; }

    /// <param name="settings">more settings; a null value removes a default (e.g. <c>AllDebrid:ApiKey</c>).</param>
    public static async Task<PlayWorld> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var films = await RangeFileServer.StartAsync((await TestFilms.GetAsync()).Directory, https: true);
        var (tmdb, prowlarr, allDebrid) = (new FakeTmdbServer(), new FakeProwlarrServer(), new FakeAllDebridServer());
        var all = new Dictionary<string, string?>
        {
            ["Tmdb:BaseUrl"] = tmdb.ApiBase,
            ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
            ["Prowlarr:BaseUrl"] = prowlarr.BaseAddress.ToString(),
            ["Prowlarr:ApiKey"] = FakeProwlarrServer.ApiKey,
            ["AllDebrid:BaseUrl"] = allDebrid.BaseAddress.ToString(),
            ["AllDebrid:ApiKey"] = FakeAllDebridServer.ApiKey,
            ["AllDebrid:PollInterval"] = "00:00:00.050",
            // Release searches check instant availability by uploading to AllDebrid; off here, so that these tests
            // count only their own calls. InstantAvailabilityTests (and tests that pass this setting) cover it.
            ["AllDebrid:InstantCandidates"] = "0",
            ["Play:ReadyTimeout"] = "00:00:05",
            ["Playback:AllowPrivateSources"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new ProStreamApp(all, services: TrustFilmServer);
        var viewer = await app.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com");
        return new PlayWorld(tmdb, prowlarr, allDebrid, films, app, viewer);
    }

    /// <summary>The film server's certificate is self-signed: the app's source reader trusts that one certificate
    /// (ffmpeg does not verify certificates unless told to).</summary>
    private static void TrustFilmServer(IServiceCollection services) =>
        services.Configure<HttpClientFactoryOptions>(nameof(SourceReader), options => options.HttpMessageHandlerBuilderActions.Add(handler =>
            ((SocketsHttpHandler)handler.PrimaryHandler).SslOptions.RemoteCertificateValidationCallback =
                (_, certificate, _, _) => certificate?.GetCertHashString() == RangeFileServer.Certificate.GetCertHashString()));

    /// <summary>A release AllDebrid has (or will have) with these files; each file link unlocks to a film when given one.</summary>
    public void Torrent(string hash, bool cached, params (string Path, long Size, string? Film)[] files)
    {
        if (cached)
        {
            AllDebrid.CachedHashes[hash] = true;
        }

        AllDebrid.FilesByHash[hash] = [.. files.Select((f, i) => new FakeTorrentFile(f.Path, f.Size, $"{hash[..8]}-{i}"))];
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            AllDebrid.UnlockTo[$"{hash[..8]}-{i}"] = Films.UrlOf(file.Film ?? "missing.mkv");
        }
    }

    public Task<HttpResponseMessage> PlayAsync(object body) => Viewer.PostAsJsonAsync("/api/play", body);

    /// <summary>What a player does first: the master playlist, a media playlist, its first segment.</summary>
    public async Task AssertPlaysAsync(PlayBody played)
    {
        var anonymous = App.Anonymous();
        var master = await anonymous.GetStringAsync(new Uri(App.BaseAddress, played.MasterPlaylistUrl));
        Assert.StartsWith("#EXTM3U", master, StringComparison.Ordinal);
        var media = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(new Uri(App.BaseAddress, played.MasterPlaylistUrl.Replace("master.m3u8", "v.m3u8", StringComparison.Ordinal))));
        Assert.NotEmpty(media);
        using var segment = await anonymous.GetAsync(new Uri(App.BaseAddress, played.MasterPlaylistUrl.Replace("master.m3u8", media[0].Uri, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, segment.StatusCode);
        Assert.True((await segment.Content.ReadAsByteArrayAsync()).Length > 1000, "a segment holds video");
    }

    public async ValueTask DisposeAsync()
    {
        Viewer.Dispose();
        await App.DisposeAsync();
        await Films.DisposeAsync();
        await AllDebrid.DisposeAsync();
        await Prowlarr.DisposeAsync();
        await Tmdb.DisposeAsync();
    }

    public sealed record AttemptBody(string ReleaseId, string Title, string Outcome, string Reason);

    public sealed record PlayReleaseBody(string Id, string Title, JsonElement Quality, string[] Languages, bool Multi, string Why);

    public sealed record PlayFileBody(string Path, long Size);

    public sealed record FallbackBody(string ReleaseId, string Title, string Outcome, string Reason);

    public sealed record PlayBody(
        Guid Id, string Status, string MasterPlaylistUrl, double Duration, double StartPosition, string Mode,
        PlayReleaseBody Release, PlayFileBody File, AttemptBody[] Attempts, string? Playback = null, FallbackBody[]? Fallbacks = null);
}
