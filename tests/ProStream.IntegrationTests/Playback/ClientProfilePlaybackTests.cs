using System.Globalization;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Playback;

/// <summary>What the client says it plays decides what a session copies, re-encodes and announces (real ffmpeg, real films).</summary>
public sealed class ClientProfilePlaybackTests
{
    [Fact]
    public async Task Aac_ac3_and_opus_tracks_get_one_audio_group_and_variant_per_codec()
    {
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();

        var session = await world.CreateSessionAsync(TestFilms.MultiCodecAudio, new { clientCodecs = new[] { "h264", "aac", "ac3", "opus" }, multichannel = true });

        Assert.Equal(("remux", "direct"), (session.Mode, session.Playback));
        var master = await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "master.m3u8"));
        var variants = master.Split('\n').Where(l => l.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, variants.Count);
        Assert.Contains(variants, v => v.Contains("CODECS=\"avc1.64001E,mp4a.40.2\"", StringComparison.Ordinal) && v.Contains("AUDIO=\"audio-mp4a-40-2\"", StringComparison.Ordinal));
        Assert.Contains(variants, v => v.Contains("CODECS=\"avc1.64001E,ac-3\"", StringComparison.Ordinal) && v.Contains("AUDIO=\"audio-ac-3\"", StringComparison.Ordinal));
        Assert.Contains(variants, v => v.Contains("CODECS=\"avc1.64001E,opus\"", StringComparison.Ordinal) && v.Contains("AUDIO=\"audio-opus\"", StringComparison.Ordinal));
        Assert.Contains("AUDIO=\"audio-mp4a-40-2\"", variants[0], StringComparison.Ordinal); // the default track's group first
        Assert.Contains("GROUP-ID=\"audio-ac-3\",LANGUAGE=\"fr\",NAME=\"French\",DEFAULT=YES,AUTOSELECT=YES,CHANNELS=\"6\"", master, StringComparison.Ordinal);

        // Each copied track comes out as what its group announces.
        Assert.Equal("aac", await SegmentCodecAsync(world, session, "a0.m3u8"));
        Assert.Equal("ac3", await SegmentCodecAsync(world, session, "a1.m3u8"));
        Assert.Equal("opus", await SegmentCodecAsync(world, session, "a2.m3u8"));
    }

    [Fact]
    public async Task Five_one_is_kept_as_aac_five_one_for_a_multichannel_client_and_downmixed_otherwise()
    {
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();

        var surround = await world.CreateSessionAsync(TestFilms.MultiCodecAudio, new { clientCodecs = new[] { "h264", "aac" }, multichannel = true });
        var stereo = await world.CreateSessionAsync(TestFilms.MultiCodecAudio, new { clientCodecs = new[] { "h264", "aac" } });

        Assert.Equal("remux", surround.Playback);
        Assert.Equal(("aac", 6), await SegmentAudioAsync(world, surround, "a1.m3u8"));
        Assert.Equal(("aac", 2), await SegmentAudioAsync(world, stereo, "a1.m3u8"));
        var master = await world.App.Anonymous().GetStringAsync(world.FileUrl(surround, "master.m3u8"));
        Assert.Single(master.Split('\n'), l => l.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal));
        Assert.Contains("NAME=\"French\",DEFAULT=NO,AUTOSELECT=YES,CHANNELS=\"6\"", master, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hevc", "remux", "direct", "hevc")]
    [InlineData("h264", "transcode", "transcode", "h264")]
    public async Task Hevc_10_bit_is_copied_when_the_client_plays_hevc_and_transcoded_when_not(
        string codecs, string mode, string playback, string segmentCodec)
    {
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await PlaybackTestWorld.CreateAsync();

        var session = await world.CreateSessionAsync(TestFilms.Hevc10, new { clientCodecs = new[] { codecs, "aac" } });

        Assert.Equal((mode, playback), (session.Mode, session.Playback));
        Assert.Equal(segmentCodec, await SegmentCodecAsync(world, session, "v.m3u8"));
        var master = await world.App.Anonymous().GetStringAsync(world.FileUrl(session, "master.m3u8"));
        Assert.Contains(segmentCodec == "hevc" ? "CODECS=\"hvc1.2.4.L" : "CODECS=\"avc1.64", master, StringComparison.Ordinal);
    }

    private static async Task<string> SegmentCodecAsync(PlaybackTestWorld world, PlaybackTestWorld.SessionBody session, string playlist) =>
        (await SegmentAudioAsync(world, session, playlist)).Codec;

    /// <summary>ffprobe's codec and channel count of the first segment of a media playlist.</summary>
    private static async Task<(string Codec, int Channels)> SegmentAudioAsync(PlaybackTestWorld world, PlaybackTestWorld.SessionBody session, string playlist)
    {
        var anonymous = world.App.Anonymous();
        var first = PlaybackTestWorld.Segments(await anonymous.GetStringAsync(world.FileUrl(session, playlist)))[0].Uri;
        // A CMAF segment is read with its rendition's init segment in front.
        var path = await world.DownloadSegmentAsync(session, first);
        var fields = (await TestFilms.ProbeAsync("-show_entries", "stream=codec_name,channels", "-of", "csv=p=0", path)).Trim().Split('\n')[0].Trim().Split(',');
        return (fields[0], fields.Length > 1 && fields[1].Length > 0 ? int.Parse(fields[1], CultureInfo.InvariantCulture) : 0);
    }
}
