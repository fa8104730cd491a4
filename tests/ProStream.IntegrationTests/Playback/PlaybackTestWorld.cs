using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Playback;

/// <summary>One test's world: generated films on a Range server, the app allowed to read it, a signed-in viewer.</summary>
public sealed class PlaybackTestWorld : IAsyncDisposable
{
    private PlaybackTestWorld(ProStreamApp app, RangeFileServer films, HttpClient viewer)
    {
        App = app;
        Films = films;
        Viewer = viewer;
    }

    /// <summary>A loopback address guarded tests treat as a public host.</summary>
    public const string PublicHost = "127.0.0.2";

    public ProStreamApp App { get; }

    public RangeFileServer Films { get; }

    public HttpClient Viewer { get; }

    public string WorkDir => Path.Combine(App.DataDir, "hls");

    /// <param name="guarded">the source guard on, with the film server on 127.0.0.2 as the one allowed (public-like) host;
    /// any other loopback address (127.0.0.1) stays internal.</param>
    public static async Task<PlaybackTestWorld> CreateAsync(
        IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null, bool guarded = false)
    {
        var films = await TestFilms.GetAsync();
        var server = await RangeFileServer.StartAsync(films.Directory, host: guarded ? PublicHost : "127.0.0.1");
        var all = guarded
            ? new Dictionary<string, string?> { ["Playback:AllowPrivateSources"] = "false", ["Playback:AllowedSourceNetworks:0"] = PublicHost + "/32" }
            : new Dictionary<string, string?> { ["Playback:AllowPrivateSources"] = "true" };
        // Hang guards only, generous for a loaded machine; tests of the deadlines set their own.
        all["Playback:ProbeTimeout"] = "00:02:00";
        all["Playback:StartTimeout"] = "00:03:00";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new ProStreamApp(all, services: services);
        var viewer = await app.RegisterAndLoginAsync($"viewer-{Guid.NewGuid():N}@example.com");
        return new PlaybackTestWorld(app, server, viewer);
    }

    public async Task<SessionBody> CreateSessionAsync(string film, object? extra = null, HttpClient? client = null)
    {
        var body = new Dictionary<string, object?> { ["url"] = Films.UrlOf(film).ToString() };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }

        return await (client ?? Viewer).PostAsJsonAsync("/api/playback/sessions", body).ReadJsonAsync<SessionBody>(HttpStatusCode.Created);
    }

    public Uri FileUrl(SessionBody session, string file) =>
        new(App.BaseAddress, session.MasterPlaylistUrl.Replace("master.m3u8", file, StringComparison.Ordinal));

    /// <summary>The (start, duration) of each segment, from a media playlist's EXTINF lines.</summary>
    public static List<(double Start, double Duration, string Uri)> Segments(string playlist)
    {
        var result = new List<(double, double, string)>();
        var lines = playlist.Split('\n');
        var start = 0.0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("#EXTINF:", StringComparison.Ordinal))
            {
                var duration = double.Parse(lines[i][8..].TrimEnd(','), CultureInfo.InvariantCulture);
                result.Add((start, duration, lines[i + 1]));
                start += duration;
            }
        }

        return result;
    }

    /// <summary>
    /// Downloads a segment of the session to disk (a CMAF segment after its rendition's init segment, as a player
    /// appends them) and returns ffprobe's (start_time, duration) of it.
    /// </summary>
    public async Task<(double Start, double Duration, string Codecs)> ProbeFileAsync(SessionBody session, string file)
    {
        var timing = await ProbeSegmentAsync(session, file);
        return (timing.Start, timing.Duration, timing.Codecs);
    }

    public async Task<SegmentTiming> ProbeSegmentAsync(SessionBody session, string file)
    {
        var path = await DownloadSegmentAsync(session, file);
        try
        {
            return await SegmentTiming.ProbeAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The segment, preceded by its rendition's init segment when it is CMAF, in a file of its own.</summary>
    public async Task<string> DownloadSegmentAsync(SessionBody session, string file)
    {
        var client = App.Anonymous();
        var bytes = await client.GetByteArrayAsync(FileUrl(session, file));
        if (file.EndsWith(".m4s", StringComparison.Ordinal))
        {
            var init = await client.GetByteArrayAsync(FileUrl(session, file[..(file.IndexOf('/', StringComparison.Ordinal) + 1)] + "init.mp4"));
            bytes = [.. init, .. bytes];
        }

        var path = Path.Combine(App.DataDir, $"probe-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        Viewer.Dispose();
        await App.DisposeAsync();
        await Films.DisposeAsync();
    }

    public sealed record AudioTrack(int Index, string? Language, string Name, string Codec, int Channels);

    public sealed record Subtitle(int Index, string? Language, string Name, string Codec, bool Available, string? Reason = null);

    public sealed record SessionBody(
        Guid Id, string Status, string? Error, string MasterPlaylistUrl, double Duration, double StartPosition, string Mode,
        IReadOnlyList<AudioTrack> AudioTracks, IReadOnlyList<Subtitle> Subtitles, string? Playback = null);
}
