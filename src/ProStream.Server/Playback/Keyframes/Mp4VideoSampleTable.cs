namespace ProStream.Server.Playback.Keyframes;

/// <summary>A run of <paramref name="Count"/> consecutive samples sharing one value (an stts duration or a ctts offset).</summary>
public readonly record struct Mp4SampleRun(uint Count, long Value);

/// <summary>
/// The timing part of a video track's sample table, and its edit list reduced to what is honoured:
/// a leading empty edit (<paramref name="EmptyEditSeconds"/>) and the first edit's media time.
/// </summary>
// SyncSamples: 1-based sample numbers from stss, ascending; null when stss is absent (every sample is a keyframe).
public sealed record Mp4VideoSampleTable(
    uint Timescale,
    IReadOnlyList<Mp4SampleRun> Durations,
    IReadOnlyList<Mp4SampleRun> CompositionOffsets,
    IReadOnlyList<uint>? SyncSamples,
    long MediaTime,
    double EmptyEditSeconds)
{
    // Every keyframe time is materialised; this bounds the list for files that declare absurd sample counts.
    public const long MaxSamples = 20_000_000;

    public long SampleCount => Durations.Sum(r => (long)r.Count);

    /// <summary>
    /// Keyframe presentation times in seconds, on ffmpeg's timeline:
    /// (decode time + composition offset − edit media time) / timescale + leading empty edit.
    /// </summary>
    public IReadOnlyList<double> KeyframeTimes()
    {
        if (Timescale == 0)
        {
            throw new KeyframeIndexException("The video track's timescale is zero.");
        }

        var sampleCount = SampleCount;
        if (sampleCount > MaxSamples)
        {
            throw new KeyframeIndexException($"The video track declares {sampleCount} samples (limit {MaxSamples}).");
        }

        var times = new List<double>();
        var decode = new RunCursor(Durations, accumulate: true);
        var composition = new RunCursor(CompositionOffsets, accumulate: false);
        uint previous = 0;
        foreach (var sample in SyncSamples ?? AllSamples(sampleCount))
        {
            if (sample <= previous || sample > sampleCount)
            {
                throw new KeyframeIndexException($"Sync sample {sample} is out of order or beyond the {sampleCount} samples.");
            }

            previous = sample;
            var pts = decode.ValueAt(sample) + composition.ValueAt(sample) - MediaTime;
            times.Add(((double)pts / Timescale) + EmptyEditSeconds);
        }

        times.Sort();
        return times;
    }

    private static IEnumerable<uint> AllSamples(long count)
    {
        for (uint n = 1; n <= count; n++)
        {
            yield return n;
        }
    }

    // Walks run-length tables forward for ascending sample numbers: O(runs + lookups).
    private sealed class RunCursor(IReadOnlyList<Mp4SampleRun> runs, bool accumulate)
    {
        private int _run;
        private long _firstSampleOfRun = 1;
        private long _valueAtRunStart;

        // accumulate: the sum of the values of all samples before this one (a decode time); else the run's value (0 past the table).
        public long ValueAt(uint sample)
        {
            while (_run < runs.Count && sample >= _firstSampleOfRun + runs[_run].Count)
            {
                if (accumulate)
                {
                    _valueAtRunStart = checked(_valueAtRunStart + (runs[_run].Count * runs[_run].Value));
                }

                _firstSampleOfRun += runs[_run].Count;
                _run++;
            }

            if (!accumulate)
            {
                return _run < runs.Count ? runs[_run].Value : 0;
            }

            var within = _run < runs.Count ? (sample - _firstSampleOfRun) * runs[_run].Value : 0;
            return checked(_valueAtRunStart + within);
        }
    }
}
