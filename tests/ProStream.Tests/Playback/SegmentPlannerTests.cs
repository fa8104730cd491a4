using ProStream.Server.Playback.Planning;

namespace ProStream.Tests.Playback;

public sealed class SegmentPlannerTests
{
    public static TheoryData<double[], double, double[]> KeyframePlans => new()
    {
        // Regular 2 s GOP starting at 0.023 (x264 with B-frames in Matroska): cuts every 6 s.
        { [0.023, 2.023, 4.023, 6.023, 8.023, 10.023, 12.023, 14.023], 15.023, [0.023, 6.023, 12.023] },
        // Irregular keyframes: each cut is the first keyframe at or after start + k × 6.
        { [0.023, 1.423, 5.223, 7.023, 13.943, 14.543, 21.343, 26.023], 30.023, [0.023, 7.023, 13.943, 21.343, 26.023] },
        // A long GOP spanning several wanted boundaries gives one long segment, not empty ones.
        { [0, 20, 22], 30, [0, 20] },
        // A keyframe too close to the end would give a tiny last segment: merged instead.
        { [0, 6, 11.8], 12, [0, 6] },
        // Unsorted, duplicated and past-the-end keyframes are tolerated.
        { [6, 0, 6, 40], 10, [0, 6] },
        // A single keyframe: one segment.
        { [0], 3, [0] },
    };

    [Theory]
    [MemberData(nameof(KeyframePlans))]
    public void Cuts_on_the_first_keyframe_at_or_after_each_boundary(double[] keyframes, double end, double[] expectedStarts)
    {
        var plan = SegmentPlanner.FromKeyframes(keyframes, end);

        Assert.Equal(expectedStarts, plan.Segments.Select(s => s.Start));
        Assert.Equal(Enumerable.Range(0, expectedStarts.Length), plan.Segments.Select(s => s.Index));
        AssertContiguous(plan, expectedStarts[0], end);
    }

    public static TheoryData<double, double, double[]> UniformPlans => new()
    {
        { 0, 30, [6, 6, 6, 6, 6] },
        { 0, 31, [6, 6, 6, 6, 6, 1] },
        { 0, 30.3, [6, 6, 6, 6, 6.3] },
        { 1.5, 5, [3.5] },
        { 0, 0.2, [0.2] },
    };

    [Theory]
    [MemberData(nameof(UniformPlans))]
    public void Uniform_plans_have_target_length_segments_and_a_shorter_last_one(double start, double end, double[] durations)
    {
        var plan = SegmentPlanner.Uniform(start, end);

        Assert.Equal(durations, plan.Segments.Select(s => Math.Round(s.Duration, 6)));
        AssertContiguous(plan, start, end);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5.99, 0)]
    [InlineData(6, 1)]
    [InlineData(29, 4)]
    [InlineData(1000, 4)]
    [InlineData(-3, 0)]
    public void Finds_the_segment_holding_a_position(double position, int expected)
    {
        var plan = SegmentPlanner.Uniform(0, 30);

        Assert.Equal(expected, plan.IndexAt(position));
    }

    [Fact]
    public void Positions_are_relative_to_the_first_keyframe()
    {
        var plan = SegmentPlanner.FromKeyframes([0.023, 7.023, 13.943], 20);

        Assert.Equal(1, plan.IndexAt(7.0));
        Assert.Equal(0, plan.IndexAt(6.99));
    }

    [Theory]
    [InlineData(new[] { 6.0, 6.0, 6.0 }, 6)]
    [InlineData(new[] { 7.0, 6.92, 7.4 }, 8)]
    [InlineData(new[] { 6.0000001 }, 6)]
    public void Target_duration_is_the_ceiling_of_the_longest_segment(double[] durations, int expected)
    {
        var start = 0.0;
        var segments = durations.Select((d, i) => { var s = new PlannedSegment(i, start, d); start += d; return s; }).ToArray();

        Assert.Equal(expected, new SegmentPlan(segments).TargetDuration);
    }

    [Fact]
    public void Rejects_plans_without_media()
    {
        Assert.Throws<ArgumentException>(() => SegmentPlanner.FromKeyframes([], 10));
        Assert.Throws<ArgumentException>(() => SegmentPlanner.FromKeyframes([12], 10));
        Assert.Throws<ArgumentException>(() => SegmentPlanner.Uniform(5, 5));
    }

    private static void AssertContiguous(SegmentPlan plan, double start, double end)
    {
        Assert.Equal(start, plan.Start, 6);
        Assert.Equal(end, plan.End, 6);
        for (var i = 1; i < plan.Segments.Count; i++)
        {
            Assert.Equal(plan.Segments[i - 1].End, plan.Segments[i].Start, 9);
            Assert.True(plan.Segments[i].Duration > 0);
        }
    }
}
