namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// A third independent player, mpv, plays generated films through real sessions: it starts on the audio track
/// asked for, with subtitles on, seeks to 70 % and reaches the end of the video, with no decoder error.
/// </summary>
/// <remarks>
/// Debian 12's libavformat 5.1 HLS demuxer, which mpv uses, cannot seek in fMP4: after a seek it hands the MP4
/// demuxer the new segment's bytes while that demuxer still indexes the previous fragment, so mpv and
/// <c>ffmpeg -ss</c> decode garbage ("Invalid NAL unit size") or nothing, and a track switch during playback
/// (which mpv does with a seek) ends playback. ffmpeg's own <c>-f hls -hls_segment_type fmp4</c> output fails the
/// same way, so it is not something ProStream emits. Hence mpv seeks inside its own demuxer cache (the short
/// film read ahead whole) and the audio track is chosen at start (<c>--alang</c>), not switched. libavformat also
/// ignores WebVTT's X-TIMESTAMP-MAP, so mpv shows ProStream's cues 1.4 s early (browsers apply the map).
/// </remarks>
public sealed class MpvPlaybackTests
{
    [Theory]
    [InlineData(TestFilms.Film, null, "fr", "remux", "aac", "Hello three")]
    [InlineData(TestFilms.BFramesLongTracks, null, "en", "remux", "aac", null)]
    [InlineData(TestFilms.BFramesLongTracksMp4, null, "en", "remux", "aac", null)]
    [InlineData(TestFilms.StartsAt10, null, "", "remux", "aac", "Hello three")]
    [InlineData(TestFilms.MultiCodecAudio, "h264,aac,ac3,opus", "fr", "remux", "ac3", null)]
    [InlineData(TestFilms.MultiCodecAudio, "h264,aac,ac3,opus", "ja", "remux", "opus", null)]
    [InlineData(TestFilms.Hevc10, "hevc,aac", "", "remux", "aac", null)]
    [InlineData(TestFilms.Hevc10, "h264,aac", "", "transcode", "aac", null)]
    public async Task Mpv_plays_the_chosen_audio_with_subtitles_seeks_to_70_percent_and_reaches_the_end(
        string film, string? codecs, string audioLanguage, string mode, string audioCodec, string? cueAt70Percent)
    {
        await TestFilms.GetWithTimelineFilmsAsync();
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();
        var session = await world.CreateSessionAsync(film, codecs is null ? null : new { clientCodecs = codecs.Split(','), multichannel = true });
        Assert.Equal(mode, session.Mode);

        var run = await MpvPlayer.PlayAsync(new Uri(world.App.BaseAddress, session.MasterPlaylistUrl), audioLanguage);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', run.Events));

        Assert.True(run.ExitCode == 0, run.Log);
        Assert.Empty(run.Errors);
        Assert.Matches($"^audio-playing id=\\d+ codec={audioCodec} lang={audioLanguage}$", run.Event("audio-playing"));

        // libavformat ignores the WebVTT X-TIMESTAMP-MAP, so with subtitles on mpv sees their stream start up to
        // 1.4 s (the media's timestamp offset) before the video's: its duration and positions grow by that much.
        var slack = session.Subtitles.Count > 0 ? 1.5 : 0.1;
        var duration = run.Number("seek", "duration");
        Assert.InRange(duration, session.Duration - 0.1, session.Duration + slack);
        Assert.InRange(run.Number("seek-landed", "at"), (0.7 * duration) - 1, (0.7 * duration) + 1);
        Assert.StartsWith("end reason=eof ", run.Event("end"), StringComparison.Ordinal);
        Assert.InRange(run.Number("end", "last"), session.Duration - 0.5, session.Duration + slack);

        if (cueAt70Percent is not null)
        {
            // Subtitles are on: after the seek the 14–16 s cue shows for its 2 s while mpv is inside it (where in
            // the film, exactly, is asserted with Shaka, which applies the timestamp map).
            var landed = run.Number("seek-landed", "at");
            var cue = Assert.Single(run.Cues, c => c.Text.Contains(cueAt70Percent, StringComparison.Ordinal) && c.At >= landed - 0.5);
            Assert.Equal(2.0, cue.End - cue.Start, 0.01);
            Assert.InRange(cue.At, cue.Start - 0.1, cue.End);
        }
    }
}
