using ProStream.Server.Playback.Subtitles;

namespace ProStream.Tests.Playback;

public sealed class SubtitleCueIndexTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cue-index-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_growing_run_is_parsed_once_and_a_cue_being_written_waits_for_its_blank_line()
    {
        var index = new SubtitleCueIndex(_directory, 1_000_000);
        File.WriteAllText(RunPath(0), "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\n00:07.000 --> 00:08.000\nTw");

        Assert.Contains("One", index.Slice(RunName, 1, false, 0, 6), StringComparison.Ordinal);
        Assert.DoesNotContain("Tw", index.Slice(RunName, 1, false, 6, 12), StringComparison.Ordinal);
        var afterFirstRead = index.BytesParsed;

        File.AppendAllText(RunPath(0), "o\n\n");
        Assert.Contains("Two", index.Slice(RunName, 1, false, 6, 12), StringComparison.Ordinal);
        Assert.Equal(new FileInfo(RunPath(0)).Length, index.BytesParsed);
        Assert.True(afterFirstRead < index.BytesParsed);
    }

    [Fact]
    public void Runs_are_merged_without_duplicates_and_a_stopped_run_counts_to_its_last_byte()
    {
        var index = new SubtitleCueIndex(_directory, 1_000_000);
        File.WriteAllText(RunPath(0), "WEBVTT\n\n00:08.023 --> 00:10.523 align:start\nHello two\n\n00:09.000 --> 00:09.500\nCut short");
        File.WriteAllText(RunPath(1), "WEBVTT\n\n00:08.023 --> 00:10.523 align:start\nHello two\n\n");

        var segment = index.Slice(RunName, 2, false, 6, 12);

        Assert.Equal(
            "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n\n00:00:08.023 --> 00:00:10.523 align:start\nHello two\n\n00:00:09.000 --> 00:00:09.500\nCut short\n\n",
            segment);
    }

    [Fact]
    public void A_track_past_the_cap_is_dropped_and_its_segments_stay_empty()
    {
        var index = new SubtitleCueIndex(_directory, 40);
        File.WriteAllText(RunPath(0), "WEBVTT\n\n00:01.000 --> 00:02.000\nA cue long enough to pass the cap\n\n");

        Assert.Equal("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n\n", index.Slice(RunName, 1, false, 0, 6));
        Assert.True(index.TooLarge);
    }

    private static string RunName(int run) => $"run{run}.vtt";

    private string RunPath(int run) => Path.Combine(_directory, RunName(run));
}
