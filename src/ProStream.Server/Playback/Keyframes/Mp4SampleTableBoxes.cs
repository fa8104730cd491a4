using System.Buffers.Binary;

namespace ProStream.Server.Playback.Keyframes;

/// <summary>Parses the full boxes of a sample table; every entry count is checked against the box size.</summary>
internal static class Mp4SampleTableBoxes
{
    /// <summary>stts (count, delta) or ctts (count, offset) entries. ctts offsets are read as signed in both versions, as ffmpeg does.</summary>
    public static Mp4SampleRun[] ReadRuns(ReadOnlySpan<byte> data, string name, bool signedValues)
    {
        var entries = Entries(data, name, entrySize: 8);
        var runs = new Mp4SampleRun[entries.Count];
        for (var i = 0; i < runs.Length; i++)
        {
            var entry = entries.Body[(i * 8)..];
            var count = BinaryPrimitives.ReadUInt32BigEndian(entry);
            var value = signedValues
                ? BinaryPrimitives.ReadInt32BigEndian(entry[4..])
                : (long)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            runs[i] = new Mp4SampleRun(count, value);
        }

        return runs;
    }

    public static uint[] ReadSyncSamples(ReadOnlySpan<byte> data)
    {
        var entries = Entries(data, "stss", entrySize: 4);
        var samples = new uint[entries.Count];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadUInt32BigEndian(entries.Body[(i * 4)..]);
        }

        return samples;
    }

    /// <summary>
    /// The media time of the first non-empty edit and the length of the leading empty edits (seconds).
    /// Anything else (several media edits, a rate other than 1) would move keyframes in ways not modelled here.
    /// </summary>
    public static (long MediaTime, double EmptySeconds) ReadEditList(ReadOnlySpan<byte> data, uint? movieTimescale)
    {
        var version = data.Length > 0 ? data[0] : 0;
        var entrySize = version == 1 ? 20 : 12;
        var entries = Entries(data, "elst", entrySize);
        long emptyUnits = 0;
        long? mediaTime = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries.Body[(i * entrySize)..];
            var (duration, time, rateAt) = version == 1
                ? (checked((long)BinaryPrimitives.ReadUInt64BigEndian(entry)), BinaryPrimitives.ReadInt64BigEndian(entry[8..]), 16)
                : ((long)BinaryPrimitives.ReadUInt32BigEndian(entry), BinaryPrimitives.ReadInt32BigEndian(entry[4..]), 8);
            if (time == -1)
            {
                if (mediaTime is not null)
                {
                    throw new KeyframeIndexException("Unsupported edit list: an empty edit after the media.");
                }

                emptyUnits = checked(emptyUnits + duration);
                continue;
            }

            if (mediaTime is not null)
            {
                throw new KeyframeIndexException("Unsupported edit list: more than one media edit.");
            }

            if (BinaryPrimitives.ReadInt16BigEndian(entry[rateAt..]) != 1)
            {
                throw new KeyframeIndexException("Unsupported edit list: a media rate other than 1.");
            }

            mediaTime = time >= 0 ? time : throw new KeyframeIndexException($"Invalid edit media time {time}.");
        }

        if (emptyUnits > 0 && movieTimescale is null)
        {
            throw new KeyframeIndexException("An empty edit but no movie timescale ('mvhd').");
        }

        return (mediaTime ?? 0, emptyUnits == 0 ? 0 : (double)emptyUnits / movieTimescale!.Value);
    }

    private readonly ref struct EntryTable(ReadOnlySpan<byte> body, int count)
    {
        public ReadOnlySpan<byte> Body { get; } = body;

        public int Count { get; } = count;
    }

    // Full box: version (1), flags (3), entry_count (4), entries.
    private static EntryTable Entries(ReadOnlySpan<byte> data, string name, int entrySize)
    {
        if (data.Length < 8)
        {
            throw new KeyframeIndexException($"The '{name}' box is truncated.");
        }

        var count = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (count > (uint)(data.Length - 8) / (uint)entrySize)
        {
            throw new KeyframeIndexException($"The '{name}' box declares {count} entries but holds {(data.Length - 8) / entrySize}.");
        }

        return new EntryTable(data[8..], (int)count);
    }
}
