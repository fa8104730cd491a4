namespace ProStream.IntegrationTests.Playback;

/// <summary>MP4 sources: keyframes from the sample tables, so H.264 is copied with cuts ffmpeg honours.</summary>
public sealed class PlaybackMp4Tests
{
    [Theory]
    [InlineData(TestFilms.IrregularMp4)]
    [InlineData(TestFilms.IrregularMp4FastStart)]
    public async Task Mp4_with_irregular_keyframes_is_remuxed_and_restarted_runs_match_the_playlist(string film)
    {
        await TestFilms.GetWithMp4FilmsAsync();
        // A wait window of 1 makes every out-of-order request below restart ffmpeg at that segment.
        await using var world = await PlaybackTestWorld.CreateAsync(new Dictionary<string, string?> { ["Playback:WaitWindowSegments"] = "1" });
        var session = await world.CreateSessionAsync(film);

        Assert.Equal("remux", session.Mode);
        var video = PlaybackTestWorld.Segments(await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "v.m3u8")));
        Assert.Equal([7.0, 6.92, 7.4, 4.68, 4.0], video.Select(s => Math.Round(s.Duration, 2)));

        int[] order = [4, 2, 0, 1, 3];
        var starts = new Dictionary<int, double>();
        foreach (var i in order)
        {
            var probed = await world.ProbeFileAsync(session, video[i].Uri);
            Assert.Equal(video[i].Duration, probed.Duration, 0.1);
            starts[i] = probed.Start;
        }

        // Each segment starts where the previous one ends, whichever run wrote it.
        for (var i = 1; i < video.Count; i++)
        {
            Assert.Equal(starts[i - 1] + video[i - 1].Duration, starts[i], 0.1);
        }
    }
}
