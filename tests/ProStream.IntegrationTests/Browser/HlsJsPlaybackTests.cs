using System.Globalization;
using System.Text.Json;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.Browser;

/// <summary>
/// A real player (hls.js in headless Chromium) plays ProStream's HLS as a viewer would see it:
/// it starts, switches audio, shows subtitles and seeks. Timings go to the test output, not into assertions.
/// </summary>
public sealed class HlsJsPlaybackTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Remux_session_plays_switches_audio_shows_subtitles_and_seeks()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        Assert.Equal("remux", session.Mode);
        await using var player = await chromium.OpenPlayerAsync();

        await player.StartAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl));
        await player.WaitUntilAsync(
            "the first frame plays and time advances",
            "player.firstFrameMs !== null && video.readyState >= 3 && video.currentTime > 0.5");
        var firstFrameMs = await player.EvaluateAsync<double>("player.firstFrameMs");

        // Audio: the tracks the API announced, by name and language, in the player's menu.
        var audioTracks = await player.EvaluateAsync<JsonElement>("player.hls.audioTracks.map(t => ({ name: t.name, lang: t.lang ?? null }))");
        Assert.Equal(
            session.AudioTracks.Select(t => (t.Name, t.Language)),
            audioTracks.EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("lang").GetString())));
        Assert.Equal(2, audioTracks.GetArrayLength());
        Assert.Equal("English Stereo", session.AudioTracks[0].Name);

        // Subtitles: listed, turned on, and the first cue sits where the source put it (1–3 s).
        var subtitleTracks = await player.EvaluateAsync<JsonElement>("player.hls.subtitleTracks.map(t => ({ name: t.name, lang: t.lang ?? null }))");
        var subtitle = Assert.Single(session.Subtitles, s => s.Available);
        var listed = Assert.Single(subtitleTracks.EnumerateArray());
        Assert.Equal((subtitle.Name, subtitle.Language), (listed.GetProperty("name").GetString()!, listed.GetProperty("lang").GetString()));
        await player.EvaluateAsync("id => player.showSubtitles(id)", 0);
        await player.WaitUntilAsync(
            "the subtitle track is showing with cues",
            "Array.from(video.textTracks).some(t => t.mode === 'showing' && t.cues && t.cues.length > 0)");
        var firstCue = await player.EvaluateAsync<JsonElement>(
            "Array.from(Array.from(video.textTracks).find(t => t.mode === 'showing').cues).map(c => ({ start: c.startTime, end: c.endTime, text: c.text }))[0]");
        Assert.Equal("Hello one", firstCue.GetProperty("text").GetString());
        Assert.InRange(firstCue.GetProperty("start").GetDouble(), 0.7, 1.3);
        Assert.InRange(firstCue.GetProperty("end").GetDouble(), 2.7, 3.3);

        // Switching to the second audio track, past the first segment's start, keeps the position and playback goes on.
        await player.WaitUntilAsync("playback reaches 3 s", "video.currentTime >= 3");
        await player.EvaluateAsync("id => player.switchAudio(id)", 1);
        await player.WaitUntilAsync(
            "the second audio track is playing",
            "player.audioSwitch.switchedMs !== null && video.currentTime > player.audioSwitch.at + 0.5");
        var audioSwitch = await player.EvaluateAsync<JsonElement>("player.audioSwitch");
        var switchedMs = audioSwitch.GetProperty("switchedMs").GetDouble();
        var from = audioSwitch.GetProperty("from").GetDouble();
        Assert.Equal(1, audioSwitch.GetProperty("id").GetInt32());
        Assert.InRange(audioSwitch.GetProperty("at").GetDouble(), from - 1, from + (switchedMs / 1000) + 1);
        Assert.Contains(player.RequestedUrls, url => url.Contains("/a1/", StringComparison.Ordinal));

        // A seek to 70 % lands where asked, playback resumes, and the subtitle there is shown.
        var target = Math.Round(0.7 * session.Duration, 1);
        await player.EvaluateAsync("target => player.seekTo(target)", target);
        await player.WaitUntilAsync("playback resumes after the seek", "player.seek.resumedMs !== null");
        var seek = await player.EvaluateAsync<JsonElement>("player.seek");
        var landedAt = seek.GetProperty("landedAt").GetDouble();
        Assert.InRange(landedAt, target - 1, target + 1);
        await player.WaitUntilAsync("playback goes on after the seek", $"video.currentTime > {landedAt.ToString(CultureInfo.InvariantCulture)} + 1");
        await player.WaitUntilAsync(
            "the cue at 14–16 s is shown",
            "Array.from(video.textTracks).some(t => t.activeCues && Array.from(t.activeCues).some(c => c.text.includes('Hello three')))");

        var snapshot = await player.SnapshotAsync();
        Assert.Empty((await player.EvaluateAsync<JsonElement>("player.errors.filter(e => e.fatal)")).EnumerateArray());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"hls.js remux: first frame {firstFrameMs:0} ms, audio switch {switchedMs:0} ms (at {from:0.00} s), "
            + $"seek to {target} s landed at {landedAt:0.00} s: seeked {seek.GetProperty("seekedMs").GetDouble():0} ms, "
            + $"advanced 0.25 s past it {seek.GetProperty("resumedMs").GetDouble():0} ms. State: {snapshot}"));
    }

    [Theory]
    [InlineData(TestFilms.BFramesLongTracks)]
    [InlineData(TestFilms.BFramesLongTracksMp4)]
    [InlineData(TestFilms.StartsAt10)]
    [InlineData(TestFilms.MultiCodecAudio)]
    [InlineData(TestFilms.Hevc10)]
    public async Task Each_kind_of_film_plays_switches_audio_seeks_to_70_percent_and_reaches_the_videos_end(string film)
    {
        await TestFilms.GetWithTimelineFilmsAsync();
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(film);
        await using var player = await chromium.OpenPlayerAsync();

        await player.StartAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl));
        await player.WaitUntilAsync("the first frame plays", "player.firstFrameMs !== null && video.currentTime > 0.2");
        Assert.Equal(session.Duration, await player.EvaluateAsync<double>("video.duration"), 0.1);

        if (session.AudioTracks.Count > 1)
        {
            var last = session.AudioTracks.Count - 1;
            await player.EvaluateAsync("id => player.switchAudio(id)", last);
            await player.WaitUntilAsync(
                "the last audio track is playing",
                "player.audioSwitch.switchedMs !== null && video.currentTime > player.audioSwitch.at + 0.5");
            Assert.Contains(player.RequestedUrls, url => url.Contains($"/a{last}/", StringComparison.Ordinal));
        }

        var target = Math.Round(0.7 * session.Duration, 1);
        await player.EvaluateAsync("target => player.seekTo(target)", target);
        await player.WaitUntilAsync("playback resumes after the seek", "player.seek.resumedMs !== null");
        Assert.InRange((await player.EvaluateAsync<JsonElement>("player.seek")).GetProperty("landedAt").GetDouble(), target - 1, target + 1);
        await player.WaitUntilAsync("the end is reached", "video.ended", TimeSpan.FromSeconds(60));
        Assert.Equal(session.Duration, await player.EvaluateAsync<double>("video.currentTime"), 0.5);
        Assert.Empty((await player.EvaluateAsync<JsonElement>("player.errors.filter(e => e.fatal)")).EnumerateArray());
    }

    [Fact]
    public async Task Transcode_session_plays()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.HevcAc3);
        Assert.Equal("transcode", session.Mode);
        await using var player = await chromium.OpenPlayerAsync();

        await player.StartAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl));
        await player.WaitUntilAsync(
            "the first frame plays and time advances",
            "player.firstFrameMs !== null && video.readyState >= 3 && video.currentTime > 1");

        var firstFrameMs = await player.EvaluateAsync<double>("player.firstFrameMs");
        var snapshot = await player.SnapshotAsync();
        Assert.Empty((await player.EvaluateAsync<JsonElement>("player.errors.filter(e => e.fatal)")).EnumerateArray());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"hls.js transcode (HEVC → H.264): first frame {firstFrameMs:0} ms. State: {snapshot}"));
    }
}
