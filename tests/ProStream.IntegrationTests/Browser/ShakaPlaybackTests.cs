using System.Globalization;
using System.Text.Json;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.Browser;

/// <summary>
/// A second, independent player (Shaka Player in headless Chromium) plays ProStream's CMAF HLS: it starts,
/// shows subtitles, switches audio, seeks to 70 % and plays to the end without a critical error.
/// </summary>
public sealed class ShakaPlaybackTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // Cue times within 0.1 s of the source's (WebVTT is millisecond-exact; the 1.4 s timestamp map is exact too).
    private const double CueTolerance = 0.1;

    [Fact]
    public async Task Shaka_plays_switches_audio_shows_subtitles_seeks_and_reaches_the_end()
    {
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(TestFilms.Film);
        await using var player = await chromium.OpenPlayerAsync("shaka");

        await player.StartAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl));
        await player.WaitUntilAsync("the first frame plays and time advances", "player.firstFrameMs !== null && video.currentTime > 0.5");
        Assert.Equal(session.Duration, await player.EvaluateAsync<double>("video.duration"), 0.1);

        var audio = await player.EvaluateAsync<JsonElement>("player.audioTracks()");
        Assert.Equal(session.AudioTracks.Select(t => t.Name).Order(), audio.EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order());

        // Subtitles: selected and their cues loaded; where they show in time is checked after the seek.
        await player.EvaluateAsync("index => player.showSubtitles(index)", 0);
        await player.WaitUntilAsync(
            "the subtitle track is showing with cues",
            "Array.from(video.textTracks).some(t => t.mode === 'showing' && t.cues && t.cues.length > 0)");

        await player.WaitUntilAsync("playback reaches 2 s", "video.currentTime >= 2");
        var other = audio.EnumerateArray().Select((t, i) => (t, i)).First(x => !x.t.GetProperty("active").GetBoolean()).i;
        await player.EvaluateAsync("index => player.switchAudio(index)", other);
        await player.WaitUntilAsync("the other audio track is active and playback goes on", "player.audioSwitch.at !== null && video.currentTime > player.audioSwitch.at + 0.5");

        var target = Math.Round(0.7 * session.Duration, 1);
        await player.EvaluateAsync("target => player.seekTo(target)", target);
        await player.WaitUntilAsync("playback resumes after the seek", "player.seek.resumedMs !== null");
        var landedAt = (await player.EvaluateAsync<JsonElement>("player.seek")).GetProperty("landedAt").GetDouble();
        Assert.InRange(landedAt, target - 1, target + 1);

        // The film's third cue runs 14–16 s: Shaka shows it with that timing, while the video is inside it.
        await player.WaitUntilAsync("the cue at 14 s is shown", "player.cuesShown.some(c => c.text.includes('Hello three'))");
        var cue = (await player.EvaluateAsync<JsonElement>("player.cuesShown.find(c => c.text.includes('Hello three'))"));
        var (start, end, at) = (cue.GetProperty("start").GetDouble(), cue.GetProperty("end").GetDouble(), cue.GetProperty("at").GetDouble());
        Assert.Equal(14.0, start, CueTolerance);
        Assert.Equal(16.0, end, CueTolerance);
        Assert.InRange(at, start - CueTolerance, end);
        await player.WaitUntilAsync("the end is reached", "player.ended", TimeSpan.FromSeconds(60));

        await AssertNoCriticalErrorAsync(player);
        var snapshot = await player.SnapshotAsync();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"Shaka: seek to {target} s landed at {landedAt:0.00} s. State: {snapshot}"));
    }

    [Theory]
    [InlineData(TestFilms.BFramesLongTracks)]
    [InlineData(TestFilms.BFramesLongTracksMp4)]
    [InlineData(TestFilms.StartsAt10)]
    [InlineData(TestFilms.MultiCodecAudio)]
    [InlineData(TestFilms.Hevc10)]
    public async Task Shaka_plays_each_kind_of_film_from_70_percent_to_the_videos_end(string film)
    {
        await TestFilms.GetWithTimelineFilmsAsync();
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(film);
        await using var player = await chromium.OpenPlayerAsync("shaka");

        await player.StartAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl));
        await player.WaitUntilAsync("the first frame plays", "player.firstFrameMs !== null && video.currentTime > 0.2");
        Assert.Equal(session.Duration, await player.EvaluateAsync<double>("video.duration"), 0.1);

        var target = Math.Round(0.7 * session.Duration, 1);
        await player.EvaluateAsync("target => player.seekTo(target)", target);
        await player.WaitUntilAsync("playback resumes after the seek", "player.seek.resumedMs !== null");
        await player.WaitUntilAsync("the end is reached", "player.ended", TimeSpan.FromSeconds(60));
        Assert.Equal(session.Duration, await player.EvaluateAsync<double>("video.currentTime"), 0.5);

        await AssertNoCriticalErrorAsync(player);
    }

    private static async Task AssertNoCriticalErrorAsync(HlsPlayer player)
    {
        var fatal = await player.EvaluateAsync<JsonElement>("player.errors.filter(e => e.fatal)");
        Assert.True(fatal.GetArrayLength() == 0, await player.SnapshotAsync());
    }
}
