namespace ProStream.Server.Playback.Planning;

/// <summary>A segment of the timeline; times are source timestamps in seconds.</summary>
public sealed record PlannedSegment(int Index, double Start, double Duration)
{
    public double End => Start + Duration;
}

/// <summary>The whole timeline cut into segments, fixed for the life of a session.</summary>
public sealed record SegmentPlan(IReadOnlyList<PlannedSegment> Segments)
{
    public double Start => Segments[0].Start;

    public double End => Segments[^1].End;

    public double TotalDuration => End - Start;

    public int TargetDuration => (int)Math.Ceiling(Segments.Max(s => s.Duration) - 0.0005);

    /// <summary>The segment holding <paramref name="position"/>, seconds from the start of the timeline (clamped).</summary>
    public int IndexAt(double position)
    {
        var time = Start + Math.Max(0, position);
        var low = 0;
        var high = Segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Segments[mid].Start <= time)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
