using ProStream.Server.Playback.Subtitles;

namespace ProStream.Tests.Playback;

public sealed class WebVttSlicerTests
{
    private const string FirstRun = "WEBVTT\n\n00:01.023 --> 00:03.023\nHello one\n\n00:08.023 --> 00:10.523 align:start\nHello two\nsecond line\n\n";

    // A run restarted at 6 s: it repeats a cue the first run already wrote, and adds a later one.
    private const string SecondRun = "WEBVTT\n\n00:08.023 --> 00:10.523 align:start\nHello two\nsecond line\n\n01:00:20.000 --> 01:00:22.500\nLater\n";

    [Fact]
    public void Parses_short_and_long_timestamps_settings_and_multiline_text()
    {
        var cues = WebVttSlicer.Parse(SecondRun);

        Assert.Equal(
            [
                new WebVttSlicer.Cue(8.023, 10.523, "align:start", "Hello two\nsecond line"),
                new WebVttSlicer.Cue(3620, 3622.5, "", "Later"),
            ],
            cues);
    }

    [Fact]
    public void A_segment_holds_the_cues_starting_in_it_once_with_the_timestamp_map()
    {
        var segment = WebVttSlicer.Slice([FirstRun, SecondRun], 6, 12);

        Assert.Equal(
            "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n\n00:00:08.023 --> 00:00:10.523 align:start\nHello two\nsecond line\n\n",
            segment);
    }

    [Fact]
    public void An_empty_segment_is_still_valid_webvtt() =>
        Assert.Equal("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n\n", WebVttSlicer.Slice([FirstRun], 12, 18));
}
