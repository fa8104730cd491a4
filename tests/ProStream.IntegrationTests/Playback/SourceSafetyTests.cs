using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Playback;

public sealed class SourceSafetyTests
{
    [Fact]
    public async Task Unsafe_urls_are_refused_before_anything_is_fetched()
    {
        var films = await TestFilms.GetAsync();
        await using var server = await RangeFileServer.StartAsync(films.Directory);
        await using var app = new ProStreamApp();
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        string[] unsafeUrls =
        [
            server.UrlOf(TestFilms.Film).ToString(), "http://localhost/film.mkv", "http://127.1/film.mkv", "http://10.1.2.3/film.mkv",
            "http://192.168.1.10/film.mkv", "http://172.16.0.1/film.mkv", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/film.mkv", "http://[::1]/film.mkv", "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/film.mkv",
            "http://0.0.0.0/film.mkv", "http://224.0.0.1/film.mkv", "file:///etc/passwd", "ftp://example.com/film.mkv",
            "concat:http://a|http://b", "data:video/mp4;base64,AAAA", "not a url", "//example.com/film.mkv",
        ];
        foreach (var url in unsafeUrls)
        {
            using var response = await viewer.PostAsJsonAsync("/api/playback/sessions", new { url });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode} {body}");
        }

        Assert.Equal(0, server.BytesSent);
    }

    [Fact]
    public async Task Unreachable_sources_are_502_and_non_media_422()
    {
        var films = await TestFilms.GetAsync();
        var notes = $"notes-{Guid.NewGuid():N}.mkv";
        var notesPath = Path.Combine(films.Directory, notes);
        await File.WriteAllTextAsync(notesPath, new string('x', 100_000));
        await using var world = await PlaybackTestWorld.CreateAsync();

        using var missing = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.UrlOf("missing.mkv").ToString() });
        await missing.ReadProblemAsync(HttpStatusCode.BadGateway);
        using var closed = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = "http://127.0.0.1:9/film.mkv" });
        var refused = await closed.ReadProblemAsync(HttpStatusCode.BadGateway);
        Assert.Equal("The source refused the connection.", refused.GetProperty("detail").GetString());
        using var notMedia = await world.Viewer.PostAsJsonAsync("/api/playback/sessions", new { url = world.Films.UrlOf(notes).ToString() });
        File.Delete(notesPath);
        await notMedia.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Redirects_are_followed_and_bytes_read_stay_close_to_the_file_size()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.Viewer.PostAsJsonAsync(
                "/api/playback/sessions", new { url = new Uri(world.Films.BaseAddress, "redirect/" + TestFilms.Film).ToString() })
            .ReadJsonAsync<PlaybackTestWorld.SessionBody>(HttpStatusCode.Created);
        var size = new FileInfo((await TestFilms.GetAsync()).PathOf(TestFilms.Film)).Length;

        var output = Path.Combine(world.App.DataDir, "full.mkv");
        await TestFilms.RunAsync("-i", world.FileUrl(session, "master.m3u8").ToString(), "-map", "0:v", "-map", "0:a", "-c", "copy", output);

        // Probe, keyframe index and ffmpeg all read through the session's cache: the file is read once in all.
        Assert.True(world.Films.BytesSent <= size * 1.05, $"read {world.Films.BytesSent} bytes of a {size}-byte file");
    }
}
