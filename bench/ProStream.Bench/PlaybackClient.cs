using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace ProStream.Bench;

/// <summary>A session as the API returns it (the fields the benchmark reads).</summary>
public sealed record SessionBody(Guid Id, string MasterPlaylistUrl, double Duration, string Mode);

/// <summary>A segment from a media playlist: start (seconds from the timeline start), duration, URI.</summary>
public sealed record PlaylistSegment(double Start, double Duration, string Uri);

/// <summary>Plays sessions the way hls.js does: master, media playlists, then segments, over real HTTP.</summary>
public sealed class PlaybackClient(HttpClient viewer, Uri server)
{
    private readonly HttpClient _anonymous = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };

    public async Task<SessionBody> CreateAsync(Uri film, string[]? clientCodecs = null)
    {
        using var response = await viewer.PostAsJsonAsync("/api/playback/sessions", new { url = film.ToString(), clientCodecs });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/playback/sessions: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<SessionBody>())!;
    }

    /// <summary><c>POST /api/play</c>: the answer carries the session's fields (and release, file, attempts).</summary>
    public async Task<SessionBody> PlayAsync(object request)
    {
        using var response = await viewer.PostAsJsonAsync("/api/play", request);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /api/play: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<SessionBody>())!;
    }

    public async Task DeleteAsync(SessionBody session) =>
        (await viewer.DeleteAsync($"/api/playback/sessions/{session.Id}")).Dispose();

    public Task<string> GetStringAsync(SessionBody session, string file) => _anonymous.GetStringAsync(FileUrl(session, file));

    /// <summary>Downloads a file to the last byte; returns its length.</summary>
    public async Task<long> GetFileAsync(SessionBody session, string file)
    {
        using var response = await _anonymous.GetAsync(FileUrl(session, file), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await body.ReadAsync(buffer)) > 0)
        {
            total += n;
        }

        return total;
    }

    public async Task<IReadOnlyList<PlaylistSegment>> VideoSegmentsAsync(SessionBody session) =>
        ParseSegments(await GetStringAsync(session, "v.m3u8"));

    /// <summary>Times from POST to the master playlist and to the first video segment fully received, as a player fetches them.</summary>
    public async Task<(TimeSpan Master, TimeSpan FirstSegment, SessionBody Session)> StartAsync(Uri film, string[]? clientCodecs = null)
    {
        var (_, master, first, session) = await TimeStartAsync(() => CreateAsync(film, clientCodecs));
        return (master, first, session);
    }

    /// <summary>Times from the request that creates a session (<paramref name="create"/>) to its answer, to the master
    /// playlist, and to the first video segment fully received.</summary>
    public async Task<(TimeSpan Created, TimeSpan Master, TimeSpan FirstSegment, SessionBody Session)> TimeStartAsync(Func<Task<SessionBody>> create)
    {
        var clock = Stopwatch.StartNew();
        var session = await create();
        var created = clock.Elapsed;
        await GetStringAsync(session, "master.m3u8");
        var master = clock.Elapsed;
        var playlist = await GetStringAsync(session, "v.m3u8");
        if (InitSegmentUri(playlist) is { } init)
        {
            // CMAF: a player needs the init segment (EXT-X-MAP) before it can use segment 0.
            await GetFileAsync(session, init);
        }

        await GetFileAsync(session, ParseSegments(playlist)[0].Uri);
        return (created, master, clock.Elapsed, session);
    }

    private Uri FileUrl(SessionBody session, string file) =>
        new(_anonymous.BaseAddress!, session.MasterPlaylistUrl.Replace("master.m3u8", file, StringComparison.Ordinal));

    private static string? InitSegmentUri(string playlist)
    {
        const string Map = "#EXT-X-MAP:URI=\"";
        var line = playlist.Split('\n').FirstOrDefault(l => l.StartsWith(Map, StringComparison.Ordinal));
        return line?[Map.Length..line.IndexOf('"', Map.Length)];
    }

    private static List<PlaylistSegment> ParseSegments(string playlist)
    {
        var result = new List<PlaylistSegment>();
        var lines = playlist.Split('\n');
        var start = 0.0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("#EXTINF:", StringComparison.Ordinal))
            {
                var duration = double.Parse(lines[i][8..].TrimEnd(','), CultureInfo.InvariantCulture);
                result.Add(new PlaylistSegment(start, duration, lines[i + 1].Trim()));
                start += duration;
            }
        }

        return result;
    }
}
