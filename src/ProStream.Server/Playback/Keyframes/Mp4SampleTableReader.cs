using System.Buffers.Binary;
using static ProStream.Server.Playback.Keyframes.Mp4BoxTypes;

namespace ProStream.Server.Playback.Keyframes;

/// <summary>
/// Reads the keyframe times of an MP4/MOV video track from its sample table (<c>stts</c>, <c>ctts</c>,
/// <c>stss</c>, <c>elst</c>), touching only top-level box headers and the <c>moov</c> box (a few small
/// range reads wherever <c>moov</c> is: at the start with faststart, else after <c>mdat</c>).
/// </summary>
public static class Mp4SampleTableReader
{
    private const int HeadReadLength = 64 * 1024;
    private const long MaxMoovSize = 64L * 1024 * 1024;
    private const int MaxTopLevelBoxes = 64;

    private static readonly HashSet<uint> FirstBoxTypes =
    [
        Ftyp, Moov, 0x6D646174 /* mdat */, 0x66726565 /* free */, 0x736B6970 /* skip */, 0x77696465 /* wide */, 0x706E6F74 /* pnot */,
    ];

    /// <summary>Returns the keyframe index, or null when there is no video track or its samples live in fragments.</summary>
    /// <exception cref="KeyframeIndexException">The file is not MP4, has no <c>moov</c>, or its metadata is malformed or unsupported.</exception>
    public static async ValueTask<KeyframeIndex?> ReadAsync(ReadRange read, CancellationToken cancellationToken)
    {
        var head = await read(0, HeadReadLength, cancellationToken);
        long offset = 0;
        for (var boxes = 0; boxes < MaxTopLevelBoxes; boxes++)
        {
            var chunk = offset + 16 <= head.Length ? head[(int)offset..] : await read(offset, HeadReadLength, cancellationToken);
            var reader = new Mp4BufferReader(chunk.Span, offset);
            if (!reader.TryReadHeader(out var box))
            {
                break;
            }

            if (boxes == 0 && !FirstBoxTypes.Contains(box.Type))
            {
                throw new KeyframeIndexException($"Not an MP4 file (first box '{box.TypeName}').");
            }

            if (box.Type == Moov)
            {
                var moov = await ReadWholeBoxAsync(read, chunk, box, cancellationToken);
                var table = ParseMoov(moov.Span, box.DataOffset);
                return table is null ? null : new KeyframeIndex(table.KeyframeTimes());
            }

            if (box.Type == Moof)
            {
                throw new KeyframeIndexException($"A 'moof' box at offset {offset} comes before any 'moov'.");
            }

            if (box.Size is not { } size)
            {
                break;
            }

            offset = checked(offset + size);
        }

        throw new KeyframeIndexException("No 'moov' box found among the top-level boxes: not a complete MP4 file.");
    }

    private static async ValueTask<ReadOnlyMemory<byte>> ReadWholeBoxAsync(
        ReadRange read, ReadOnlyMemory<byte> chunk, Mp4Box box, CancellationToken cancellationToken)
    {
        if (box.Size is not { } size || size > MaxMoovSize)
        {
            throw new KeyframeIndexException(
                $"The 'moov' box at offset {box.Offset} has size {box.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "to end of file"} (limit {MaxMoovSize}).");
        }

        var dataSize = (int)box.DataSize!.Value;
        if (chunk.Length >= size)
        {
            return chunk.Slice(box.HeaderLength, dataSize);
        }

        var rest = await read(box.Offset + chunk.Length, (int)size - chunk.Length, cancellationToken);
        if (chunk.Length + rest.Length < size)
        {
            throw new KeyframeIndexException($"The source ends inside the 'moov' box at offset {box.Offset}.");
        }

        var buffer = new byte[size];
        chunk.CopyTo(buffer);
        rest.CopyTo(buffer.AsMemory(chunk.Length));
        return buffer.AsMemory(box.HeaderLength, dataSize);
    }

    /// <summary>The first video track's sample table, or null when there is none or it holds no samples (fragmented MP4).</summary>
    internal static Mp4VideoSampleTable? ParseMoov(ReadOnlySpan<byte> moov, long moovDataOffset)
    {
        uint? movieTimescale = Mp4BufferReader.FindChild(moov, moovDataOffset, Mvhd, out var mvhd) is not null
            ? ReadHeaderTimescale(mvhd, "mvhd")
            : null;

        var reader = new Mp4BufferReader(moov, moovDataOffset);
        while (reader.TryReadHeader(out var child))
        {
            if (child.Type == Trak)
            {
                var table = ParseTrak(reader.Data(child), child.DataOffset, movieTimescale);
                if (table is not null)
                {
                    return table.SampleCount == 0 ? null : table;
                }
            }

            if (!reader.Contains(child))
            {
                break;
            }

            reader.Skip(child);
        }

        return null;
    }

    private static Mp4VideoSampleTable? ParseTrak(ReadOnlySpan<byte> trak, long offset, uint? movieTimescale)
    {
        if (Mp4BufferReader.FindChild(trak, offset, Mdia, out var mdia) is not { } mdiaBox
            || Mp4BufferReader.FindChild(mdia, mdiaBox.DataOffset, Hdlr, out var hdlr) is null
            || hdlr.Length < 12
            || BinaryPrimitives.ReadUInt32BigEndian(hdlr[8..]) != Vide)
        {
            return null;
        }

        var timescale = Mp4BufferReader.FindChild(mdia, mdiaBox.DataOffset, Mdhd, out var mdhd) is not null
            ? ReadHeaderTimescale(mdhd, "mdhd")
            : throw new KeyframeIndexException("The video track has no 'mdhd' box.");
        if (Mp4BufferReader.FindChild(mdia, mdiaBox.DataOffset, Minf, out var minf) is not { } minfBox
            || Mp4BufferReader.FindChild(minf, minfBox.DataOffset, Stbl, out var stbl) is not { } stblBox)
        {
            throw new KeyframeIndexException("The video track has no sample table ('minf/stbl').");
        }

        var durations = Mp4BufferReader.FindChild(stbl, stblBox.DataOffset, Stts, out var stts) is not null
            ? Mp4SampleTableBoxes.ReadRuns(stts, "stts", signedValues: false)
            : throw new KeyframeIndexException("The video track has no 'stts' box.");
        var offsets = Mp4BufferReader.FindChild(stbl, stblBox.DataOffset, Ctts, out var ctts) is not null
            ? Mp4SampleTableBoxes.ReadRuns(ctts, "ctts", signedValues: true)
            : [];
        var sync = Mp4BufferReader.FindChild(stbl, stblBox.DataOffset, Stss, out var stss) is not null
            ? Mp4SampleTableBoxes.ReadSyncSamples(stss)
            : null;

        var (mediaTime, emptySeconds) = Mp4BufferReader.FindChild(trak, offset, Edts, out var edts) is { } edtsBox
            && Mp4BufferReader.FindChild(edts, edtsBox.DataOffset, Elst, out var elst) is not null
                ? Mp4SampleTableBoxes.ReadEditList(elst, movieTimescale)
                : (0L, 0.0);

        return new Mp4VideoSampleTable(timescale, durations, offsets, sync, mediaTime, emptySeconds);
    }

    // mvhd and mdhd share their layout up to the timescale: version 1 has 64-bit creation/modification times.
    private static uint ReadHeaderTimescale(ReadOnlySpan<byte> data, string name)
    {
        var at = data.Length > 0 && data[0] == 1 ? 20 : 12;
        if (data.Length < at + 4)
        {
            throw new KeyframeIndexException($"The '{name}' box is truncated.");
        }

        var timescale = BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
        return timescale == 0 ? throw new KeyframeIndexException($"The '{name}' timescale is zero.") : timescale;
    }
}
