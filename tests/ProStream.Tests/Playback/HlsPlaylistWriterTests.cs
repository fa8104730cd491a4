using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;

namespace ProStream.Tests.Playback;

public sealed class HlsPlaylistWriterTests
{
    [Fact]
    public void Media_playlist_is_a_complete_vod_timeline_with_relative_uris()
    {
        var segments = SegmentPlanner.FromKeyframes([0.023, 7.023, 13.943], 16.023);

        var playlist = HlsPlaylistWriter.WriteMedia(segments, "v", "m4s");

        Assert.Equal(
            """
            #EXTM3U
            #EXT-X-VERSION:7
            #EXT-X-TARGETDURATION:7
            #EXT-X-MEDIA-SEQUENCE:0
            #EXT-X-PLAYLIST-TYPE:VOD
            #EXT-X-INDEPENDENT-SEGMENTS
            #EXT-X-MAP:URI="v/init.mp4"
            #EXTINF:7.000000,
            v/0.m4s
            #EXTINF:6.920000,
            v/1.m4s
            #EXTINF:2.080000,
            v/2.m4s
            #EXT-X-ENDLIST

            """.ReplaceLineEndings("\n"),
            playlist);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0.0, false)]
    [InlineData(125.5, true)]
    public void Media_playlist_carries_the_start_offset_when_given(double? start, bool expected)
    {
        var playlist = HlsPlaylistWriter.WriteMedia(SegmentPlanner.Uniform(0, 600), "s0", "vtt", start);

        Assert.Equal(expected, playlist.Contains("#EXT-X-START:TIME-OFFSET=125.5\n", StringComparison.Ordinal));
        Assert.Contains("s0/99.vtt\n", playlist, StringComparison.Ordinal);
        Assert.DoesNotContain("EXT-X-MAP", playlist, StringComparison.Ordinal);
        Assert.EndsWith("#EXT-X-ENDLIST\n", playlist, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_durations_add_up_to_the_timeline()
    {
        var segments = SegmentPlanner.Uniform(0, 5423.457);
        var playlist = HlsPlaylistWriter.WriteMedia(segments, "v", "m4s");

        var total = playlist.Split('\n')
            .Where(l => l.StartsWith("#EXTINF:", StringComparison.Ordinal))
            .Sum(l => double.Parse(l[8..^1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(5423.457, total, 3);
    }
}
