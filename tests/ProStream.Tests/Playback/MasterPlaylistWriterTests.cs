using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;

namespace ProStream.Tests.Playback;

public sealed class MasterPlaylistWriterTests
{
    private static readonly VideoRendition Video = new(0, true, "avc1.64001F", 1280, 720, 25, 3_000_000);

    private static readonly RenditionPlan Plan = new(
        PlaybackMode.Remux,
        Video,
        [
            new AudioRendition(0, 1, true, "mp4a.40.2", 2, "en", "English \"Stereo\"", false, 128_000),
            new AudioRendition(1, 2, true, "ac-3", 6, "fr", "French", true, 448_000),
            new AudioRendition(2, 3, false, "mp4a.40.2", 6, "de", "German", false, 384_000),
            new AudioRendition(3, 4, true, "opus", 2, "ja", "Japanese", false, 96_000),
        ],
        [new SubtitleRendition(0, 5, "en", "English", false)]);

    [Fact]
    public void One_audio_group_per_codec_each_with_a_variant_naming_exactly_its_codecs()
    {
        var master = MasterPlaylistWriter.Write(Plan);

        Assert.Equal(
            """
            #EXTM3U
            #EXT-X-VERSION:7
            #EXT-X-INDEPENDENT-SEGMENTS
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio-ac-3",LANGUAGE="fr",NAME="French",DEFAULT=YES,AUTOSELECT=YES,CHANNELS="6",URI="a1.m3u8"
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio-mp4a-40-2",LANGUAGE="en",NAME="English 'Stereo'",DEFAULT=YES,AUTOSELECT=YES,CHANNELS="2",URI="a0.m3u8"
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio-mp4a-40-2",LANGUAGE="de",NAME="German",DEFAULT=NO,AUTOSELECT=YES,CHANNELS="6",URI="a2.m3u8"
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio-opus",LANGUAGE="ja",NAME="Japanese",DEFAULT=YES,AUTOSELECT=YES,CHANNELS="2",URI="a3.m3u8"
            #EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",LANGUAGE="en",NAME="English",DEFAULT=NO,AUTOSELECT=YES,FORCED=NO,URI="s0.m3u8"
            #EXT-X-STREAM-INF:BANDWIDTH=3448000,CODECS="avc1.64001F,ac-3",RESOLUTION=1280x720,FRAME-RATE=25.000,AUDIO="audio-ac-3",SUBTITLES="subs"
            v.m3u8
            #EXT-X-STREAM-INF:BANDWIDTH=3384000,CODECS="avc1.64001F,mp4a.40.2",RESOLUTION=1280x720,FRAME-RATE=25.000,AUDIO="audio-mp4a-40-2",SUBTITLES="subs"
            v.m3u8
            #EXT-X-STREAM-INF:BANDWIDTH=3096000,CODECS="avc1.64001F,opus",RESOLUTION=1280x720,FRAME-RATE=25.000,AUDIO="audio-opus",SUBTITLES="subs"
            v.m3u8

            """.ReplaceLineEndings("\n"),
            master);
    }

    [Fact]
    public void Tracks_of_one_codec_share_one_group_and_one_variant()
    {
        var master = MasterPlaylistWriter.Write(Plan with { Audio = [.. Plan.Audio.Where(a => a.CodecString == "mp4a.40.2")] });

        Assert.Single(master.Split('\n'), l => l.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal));
        Assert.Contains("CODECS=\"avc1.64001F,mp4a.40.2\"", master, StringComparison.Ordinal);
        Assert.Single(master.Split('\n'), l => l.Contains("DEFAULT=YES", StringComparison.Ordinal) && l.Contains("TYPE=AUDIO", StringComparison.Ordinal));
    }

    [Fact]
    public void Master_without_audio_or_subtitles_names_no_group()
    {
        var master = MasterPlaylistWriter.Write(Plan with { Audio = [], Subtitles = [] });

        Assert.DoesNotContain("EXT-X-MEDIA", master, StringComparison.Ordinal);
        Assert.DoesNotContain("AUDIO=", master, StringComparison.Ordinal);
        Assert.Contains("CODECS=\"avc1.64001F\"", master, StringComparison.Ordinal);
    }
}
