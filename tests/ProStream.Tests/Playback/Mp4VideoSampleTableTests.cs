using ProStream.Server.Playback.Keyframes;

namespace ProStream.Tests.Playback;

public sealed class Mp4VideoSampleTableTests
{
    private static Mp4SampleRun[] Runs(params (uint Count, long Value)[] runs) => [.. runs.Select(r => new Mp4SampleRun(r.Count, r.Value))];

    // The formula matched ffprobe's keyframe pts on files written by ffmpeg 5.1: B-frames, no B-frames, all-intra,
    // a leading empty edit (-itsoffset), an edit after a keyframe (-ss … -c copy), 30000/1001 fps in a 90 kHz timescale.
    public static TheoryData<string, Mp4VideoSampleTable, double[]> Tables => new()
    {
        {
            "no B-frames, no edit: decode times",
            new(30, Runs((10, 1)), [], [1, 4, 10], 0, 0),
            [0, 0.1, 0.3]
        },
        {
            "B-frames (ctts v0) undone by the edit's media time",
            new(12800, Runs((6, 512)), Runs((1, 1024), (1, 2560), (1, 1024), (1, 0), (1, 512), (1, 1024)), [1, 4], 1024, 0),
            [0, 0.04]
        },
        {
            "negative composition offsets (ctts v1), no edit",
            new(90000, Runs((4, 3003)), Runs((1, 0), (1, 3003), (1, -3003), (1, 0)), [1, 3], 0, 0),
            [0, 0.033367]
        },
        {
            "no stss: every sample is a keyframe",
            new(24, Runs((3, 1)), [], null, 0, 0),
            [0, 0.041667, 0.083333]
        },
        {
            "a leading empty edit shifts everything",
            new(1000, Runs((3, 500)), [], [1, 3], 0, 1.5),
            [1.5, 2.5]
        },
        {
            "several stts runs (variable frame rate)",
            new(1000, Runs((2, 40), (3, 50), (2, 33)), [], [1, 3, 6, 7], 0, 0),
            [0, 0.08, 0.23, 0.263]
        },
        {
            "an edit starting after a keyframe gives it a negative time, as in ffmpeg",
            new(1000, Runs((100, 40)), [], [1, 51], 1600, 0),
            [-1.6, 0.4]
        },
        {
            "ctts shorter than the samples: missing offsets are 0",
            new(1000, Runs((5, 100)), Runs((2, 200)), [1, 5], 0, 0),
            [0.2, 0.4]
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Keyframe_presentation_times(string what, Mp4VideoSampleTable table, double[] expected)
    {
        var times = table.KeyframeTimes();

        Assert.True(expected.Length == times.Count, what);
        Assert.Equal(expected, times.Select(t => Math.Round(t, 6)));
    }

    [Fact]
    public void Absurd_sample_counts_are_refused()
    {
        var table = new Mp4VideoSampleTable(1000, Runs((uint.MaxValue, 1)), [], null, 0, 0);

        var error = Assert.Throws<KeyframeIndexException>(table.KeyframeTimes);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }
}
