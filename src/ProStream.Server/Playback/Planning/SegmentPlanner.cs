namespace ProStream.Server.Playback.Planning;

/// <summary>Cuts a timeline into HLS segments.</summary>
public static class SegmentPlanner
{
    public const double DefaultTargetDuration = 6;

    // Shorter tails are merged into the previous segment rather than declared on their own.
    private const double MinimumTail = 0.5;

    /// <summary>
    /// Remux: each cut is the first keyframe at or after the wanted boundary (start + k × target),
    /// so that ffmpeg's copy can only cut where the playlist says.
    /// </summary>
    public static SegmentPlan FromKeyframes(IReadOnlyList<double> keyframes, double end, double target = DefaultTargetDuration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        var sorted = keyframes.Where(double.IsFinite).Where(k => k < end).Order().Distinct().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No keyframe before the end of the media.", nameof(keyframes));
        }

        var start = sorted[0];
        var cuts = new List<double> { start };
        var next = 0;
        for (var k = 1; ; k++)
        {
            var wanted = start + (k * target);
            if (wanted >= end - MinimumTail)
            {
                break;
            }

            while (next < sorted.Length && sorted[next] < wanted - 0.0005)
            {
                next++;
            }

            if (next == sorted.Length)
            {
                break;
            }

            if (sorted[next] > cuts[^1] && sorted[next] < end - MinimumTail)
            {
                cuts.Add(sorted[next]);
            }
        }

        return FromCuts(cuts, end);
    }

    /// <summary>Transcode: uniform segments of <paramref name="target"/> seconds, the last one shorter.</summary>
    public static SegmentPlan Uniform(double start, double end, double target = DefaultTargetDuration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        if (!(end > start))
        {
            throw new ArgumentException("The media has no duration.", nameof(end));
        }

        var cuts = new List<double>();
        for (var k = 0; start + (k * target) < end - (k == 0 ? 0 : MinimumTail); k++)
        {
            cuts.Add(start + (k * target));
        }

        return FromCuts(cuts, end);
    }

    private static SegmentPlan FromCuts(List<double> cuts, double end)
    {
        var segments = new PlannedSegment[cuts.Count];
        for (var i = 0; i < cuts.Count; i++)
        {
            var segmentEnd = i + 1 < cuts.Count ? cuts[i + 1] : end;
            segments[i] = new PlannedSegment(i, cuts[i], segmentEnd - cuts[i]);
        }

        return new SegmentPlan(segments);
    }
}
