using System.Text;

namespace ProStream.Server.Playback.Subtitles;

/// <summary>
/// The cues of one subtitle rendition, parsed once: each run file ffmpeg writes is read from where
/// the last read stopped (only complete cues), and segments are cut by binary search. A track whose
/// WebVTT grows past <c>maxBytes</c> is dropped (its segments stay empty) so one huge track cannot
/// hold the server's memory.
/// </summary>
public sealed class SubtitleCueIndex(string directory, long maxBytes)
{
    private readonly Lock _sync = new();
    private readonly List<RunCues> _runs = [];

    /// <summary>Bytes of WebVTT parsed so far: each byte of each run file is parsed once (a test seam).</summary>
    public long BytesParsed { get; private set; }

    public bool TooLarge { get; private set; }

    /// <summary>
    /// The WebVTT segment [start, end) from every run up to <paramref name="runCount"/>; once the latest
    /// run has exited (<paramref name="lastRunExited"/>), its last cue counts without a following blank line.
    /// </summary>
    public string Slice(Func<int, string> runFileName, int runCount, bool lastRunExited, double start, double end)
    {
        lock (_sync)
        {
            Update(runFileName, runCount, lastRunExited);
            var cues = TooLarge
                ? []
                : _runs.SelectMany(r => r.Between(start, end)).Distinct().OrderBy(c => c.Start).ToList();
            return WebVttSlicer.Format(cues);
        }
    }

    private void Update(Func<int, string> runFileName, int runCount, bool lastRunExited)
    {
        while (_runs.Count < runCount)
        {
            _runs.Add(new RunCues(Path.Combine(directory, runFileName(_runs.Count))));
        }

        if (TooLarge)
        {
            return;
        }

        for (var run = 0; run < _runs.Count; run++)
        {
            // ffmpeg's WebVTT muxer starts each cue with a blank line, so a running run's last cue is read
            // once the next begins; a stopped or finished run's bytes are final.
            BytesParsed += _runs[run].ReadNew(final: run < _runs.Count - 1 || lastRunExited);
        }

        if (BytesParsed > maxBytes)
        {
            TooLarge = true;
            _runs.ForEach(r => r.Clear());
        }
    }

    private sealed class RunCues(string path)
    {
        private List<WebVttSlicer.Cue> _cues = [];
        // The running run's last cue, already whole on disk (each cue is flushed as one packet) but not yet
        // followed by the next one: served, and read again until it is final.
        private IReadOnlyList<WebVttSlicer.Cue> _tail = [];
        private long _offset;
        private bool _sorted = true;

        public long ReadNew(bool final)
        {
            byte[] fresh;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                if (file.Length <= _offset)
                {
                    return 0;
                }

                file.Position = _offset;
                fresh = new byte[file.Length - _offset];
                file.ReadExactly(fresh);
            }
            catch (FileNotFoundException)
            {
                return 0;
            }

            var complete = final ? fresh.Length : LastBlockEnd(fresh);
            _tail = complete < fresh.Length && fresh[^1] == (byte)'\n'
                ? WebVttSlicer.Parse(Encoding.UTF8.GetString(fresh, complete, fresh.Length - complete))
                : [];
            if (complete == 0)
            {
                return 0;
            }

            var cues = WebVttSlicer.Parse(Encoding.UTF8.GetString(fresh, 0, complete));
            _sorted &= (_cues.Count == 0 || cues.Count == 0 || cues[0].Start >= _cues[^1].Start) && IsSorted(cues);
            _cues.AddRange(cues);
            if (!_sorted)
            {
                _cues = [.. _cues.OrderBy(c => c.Start)];
                _sorted = true;
            }

            _offset += complete;
            return complete;
        }

        public IEnumerable<WebVttSlicer.Cue> Between(double start, double end)
        {
            var from = FirstAtOrAfter(start - 0.0005);
            for (var i = from; i < _cues.Count && _cues[i].Start < end - 0.0005; i++)
            {
                yield return _cues[i];
            }

            foreach (var cue in _tail.Where(c => c.Start >= start - 0.0005 && c.Start < end - 0.0005))
            {
                yield return cue;
            }
        }

        public void Clear() => (_cues, _tail) = ([], []);

        private int FirstAtOrAfter(double time)
        {
            int low = 0, high = _cues.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_cues[middle].Start < time)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        // Up to and including the last blank line: a cue ffmpeg is still writing is read next time.
        private static int LastBlockEnd(byte[] bytes)
        {
            for (var i = bytes.Length - 1; i > 0; i--)
            {
                if (bytes[i] == '\n' && bytes[i - 1] == '\n')
                {
                    return i + 1;
                }
            }

            return 0;
        }

        private static bool IsSorted(IReadOnlyList<WebVttSlicer.Cue> cues)
        {
            for (var i = 1; i < cues.Count; i++)
            {
                if (cues[i].Start < cues[i - 1].Start)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
