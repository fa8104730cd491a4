namespace ProStream.Server.Playback.Keyframes;

/// <summary>
/// Reads the keyframe times of a Matroska/WebM video track from its Cues, touching only the
/// header, the SeekHead, Info, Tracks and Cues (a few small range reads, never the clusters).
/// </summary>
public static class MatroskaCuesReader
{
    private const uint EbmlHeaderId = 0x1A45DFA3;
    private const uint SegmentId = 0x18538067;
    private const uint SeekHeadId = 0x114D9B74;
    private const uint SeekId = 0x4DBB;
    private const uint SeekElementIdId = 0x53AB;
    private const uint SeekPositionId = 0x53AC;
    private const uint InfoId = 0x1549A966;
    private const uint TimecodeScaleId = 0x2AD7B1;
    private const uint TracksId = 0x1654AE6B;
    private const uint TrackEntryId = 0xAE;
    private const uint TrackNumberId = 0xD7;
    private const uint TrackTypeId = 0x83;
    private const uint CuesId = 0x1C53BB6B;
    private const uint CuePointId = 0xBB;
    private const uint CueTimeId = 0xB3;
    private const uint CueTrackPositionsId = 0xB7;
    private const uint CueTrackId = 0xF7;
    private const uint ClusterId = 0x1F43B675;
    private const uint TagsId = 0x1254C367;

    private const int HeadReadLength = 64 * 1024;
    private const long MaxMetadataElementSize = 16L * 1024 * 1024;
    private const long MaxCuesSize = 64L * 1024 * 1024;
    private const int MaxSeekHeads = 4;

    /// <summary>Returns the keyframe index, or null when the file has no Cues (the caller falls back to transcoding).</summary>
    /// <exception cref="KeyframeIndexException">The file is not Matroska or its metadata is malformed.</exception>
    public static async ValueTask<KeyframeIndex?> ReadAsync(ReadRange read, CancellationToken cancellationToken)
    {
        var (head, layout) = await ReadLayoutAsync(read, cancellationToken);
        if (layout.CuesPosition is not { } cuesPosition)
        {
            return null;
        }

        var timecodeScale = layout.TimecodeScale;
        if (timecodeScale is null && layout.InfoPosition is { } infoPosition)
        {
            var info = await ReadElementAsync(read, head, layout.SegmentDataOffset + infoPosition, InfoId, MaxMetadataElementSize, cancellationToken);
            timecodeScale = ParseTimecodeScale(info.Span);
        }

        var videoTrack = layout.VideoTrackNumber;
        if (videoTrack is null && layout.TracksPosition is { } tracksPosition)
        {
            var tracks = await ReadElementAsync(read, head, layout.SegmentDataOffset + tracksPosition, TracksId, MaxMetadataElementSize, cancellationToken);
            videoTrack = ParseVideoTrackNumber(tracks.Span);
        }

        var cues = await ReadElementAsync(read, head, layout.SegmentDataOffset + cuesPosition, CuesId, MaxCuesSize, cancellationToken);
        var times = ParseCues(cues.Span, videoTrack, timecodeScale ?? 1_000_000);
        return times.Count == 0 ? null : new KeyframeIndex(times);
    }

    /// <summary>The first read and where the Segment's top-level elements are, SeekHeads followed.</summary>
    internal static async ValueTask<(ReadOnlyMemory<byte> Head, Layout Layout)> ReadLayoutAsync(ReadRange read, CancellationToken cancellationToken)
    {
        var head = await read(0, HeadReadLength, cancellationToken);
        var layout = ReadLayout(head.Span);

        var seekHeadsVisited = 0;
        var pendingSeekHeads = new Queue<long>(layout.SeekHeadPositions);
        while (pendingSeekHeads.TryDequeue(out var position) && seekHeadsVisited++ < MaxSeekHeads)
        {
            var seekHead = await ReadElementAsync(read, head, layout.SegmentDataOffset + position, SeekHeadId, MaxMetadataElementSize, cancellationToken);
            foreach (var (id, relative) in ParseSeekHead(seekHead.Span))
            {
                switch (id)
                {
                    case CuesId: layout.CuesPosition ??= relative; break;
                    case InfoId: layout.InfoPosition ??= relative; break;
                    case TracksId: layout.TracksPosition ??= relative; break;
                    case TagsId: layout.TagsPosition ??= relative; break;
                    case SeekHeadId when relative != position: pendingSeekHeads.Enqueue(relative); break;
                }
            }
        }

        return (head, layout);
    }

    internal sealed class Layout
    {
        public long SegmentDataOffset { get; init; }
        public List<long> SeekHeadPositions { get; } = [];
        public long? CuesPosition { get; set; }
        public long? InfoPosition { get; set; }
        public long? TracksPosition { get; set; }
        public ulong? TimecodeScale { get; set; }
        public ulong? VideoTrackNumber { get; set; }

        public long? TagsPosition { get; set; }

        /// <summary>Absolute offset of the first Cluster's header, when the first read reaches it.</summary>
        public long? FirstClusterOffset { get; set; }
    }

    // Walks the top level of the Segment inside the first read, parsing what fits, until the first Cluster.
    internal static Layout ReadLayout(ReadOnlySpan<byte> head)
    {
        var reader = new EbmlBufferReader(head, 0);
        if (!reader.TryReadHeader(out var ebml) || ebml.Id != EbmlHeaderId || ebml.Size is null)
        {
            throw new KeyframeIndexException("Not a Matroska file (no EBML header).");
        }

        reader.Skip(ebml);
        if (!reader.TryReadHeader(out var segment) || segment.Id != SegmentId)
        {
            throw new KeyframeIndexException("Not a Matroska file (no Segment after the EBML header).");
        }

        var layout = new Layout { SegmentDataOffset = segment.DataOffset };
        while (reader.TryReadHeader(out var child))
        {
            if (child.Id == ClusterId)
            {
                layout.FirstClusterOffset = child.DataOffset - child.HeaderLength;
                break;
            }

            if (child.Size is null)
            {
                break;
            }

            var relative = child.DataOffset - child.HeaderLength - segment.DataOffset;
            switch (child.Id)
            {
                case SeekHeadId:
                    layout.SeekHeadPositions.Add(relative);
                    break;
                case CuesId:
                    layout.CuesPosition = relative;
                    break;
                case InfoId:
                    layout.InfoPosition = relative;
                    layout.TimecodeScale = reader.Contains(child) ? ParseTimecodeScale(reader.Data(child)) : null;
                    break;
                case TracksId:
                    layout.TracksPosition = relative;
                    layout.VideoTrackNumber = reader.Contains(child) ? ParseVideoTrackNumber(reader.Data(child)) : null;
                    break;
                case TagsId:
                    layout.TagsPosition = relative;
                    break;
            }

            if (!reader.Contains(child))
            {
                break;
            }

            reader.Skip(child);
        }

        return layout;
    }

    internal static async ValueTask<ReadOnlyMemory<byte>> ReadElementAsync(
        ReadRange read, ReadOnlyMemory<byte> head, long offset, uint expectedId, long maxSize, CancellationToken cancellationToken)
    {
        // Elements inside the first read (usually the SeekHead, Info and Tracks) cost no request.
        var first = offset >= 0 && offset < head.Length - 16
            ? head[(int)offset..]
            : await read(offset, HeadReadLength, cancellationToken);
        var element = ReadHeaderAt(first.Span, offset, expectedId);
        if (element.Size is not { } size || size > maxSize)
        {
            throw new KeyframeIndexException(
                $"Element 0x{expectedId:X} at offset {offset} has size {element.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} (limit {maxSize}).");
        }

        var total = element.HeaderLength + (int)size;
        if (first.Length >= total)
        {
            return first.Slice(element.HeaderLength, (int)size);
        }

        var rest = await read(offset + first.Length, total - first.Length, cancellationToken);
        if (first.Length + rest.Length < total)
        {
            throw new KeyframeIndexException($"The source ends inside element 0x{expectedId:X} at offset {offset}.");
        }

        var buffer = new byte[total];
        first.CopyTo(buffer);
        rest.CopyTo(buffer.AsMemory(first.Length));
        return buffer.AsMemory(element.HeaderLength, (int)size);
    }

    private static EbmlElement ReadHeaderAt(ReadOnlySpan<byte> data, long offset, uint expectedId)
    {
        var reader = new EbmlBufferReader(data, offset);
        if (!reader.TryReadHeader(out var element) || element.Id != expectedId)
        {
            throw new KeyframeIndexException($"Expected element 0x{expectedId:X} at offset {offset}.");
        }

        return element;
    }

    internal static List<(uint Id, long Position)> ParseSeekHead(ReadOnlySpan<byte> data)
    {
        var entries = new List<(uint, long)>();
        var reader = new EbmlBufferReader(data, 0);
        while (reader.TryReadHeader(out var seek))
        {
            if (seek.Id == SeekId)
            {
                var inner = new EbmlBufferReader(reader.Data(seek), seek.DataOffset);
                uint? id = null;
                long? position = null;
                while (inner.TryReadHeader(out var field))
                {
                    if (field.Id == SeekElementIdId)
                    {
                        var bytes = inner.Data(field);
                        id = bytes.Length is > 0 and <= 4 ? (uint)inner.ReadUnsigned(field) : null;
                    }
                    else if (field.Id == SeekPositionId)
                    {
                        position = checked((long)inner.ReadUnsigned(field));
                    }

                    inner.Skip(field);
                }

                if (id is not null && position is not null)
                {
                    entries.Add((id.Value, position.Value));
                }
            }

            ThrowIfUnbounded(seek);
            reader.Skip(seek);
        }

        return entries;
    }

    private static ulong? ParseTimecodeScale(ReadOnlySpan<byte> info)
    {
        var reader = new EbmlBufferReader(info, 0);
        while (reader.TryReadHeader(out var field))
        {
            ThrowIfUnbounded(field);
            if (field.Id == TimecodeScaleId)
            {
                var scale = reader.ReadUnsigned(field);
                return scale == 0 ? throw new KeyframeIndexException("TimecodeScale is zero.") : scale;
            }

            reader.Skip(field);
        }

        return null;
    }

    private static ulong? ParseVideoTrackNumber(ReadOnlySpan<byte> tracks)
    {
        var reader = new EbmlBufferReader(tracks, 0);
        while (reader.TryReadHeader(out var entry))
        {
            ThrowIfUnbounded(entry);
            if (entry.Id == TrackEntryId)
            {
                var inner = new EbmlBufferReader(reader.Data(entry), entry.DataOffset);
                ulong? number = null;
                ulong? type = null;
                while (inner.TryReadHeader(out var field))
                {
                    ThrowIfUnbounded(field);
                    if (field.Id == TrackNumberId)
                    {
                        number = inner.ReadUnsigned(field);
                    }
                    else if (field.Id == TrackTypeId)
                    {
                        type = inner.ReadUnsigned(field);
                    }

                    inner.Skip(field);
                }

                if (type == 1 && number is not null)
                {
                    return number;
                }
            }

            reader.Skip(entry);
        }

        return null;
    }

    private static List<double> ParseCues(ReadOnlySpan<byte> cues, ulong? videoTrack, ulong timecodeScale)
    {
        var times = new SortedSet<ulong>();
        var reader = new EbmlBufferReader(cues, 0);
        while (reader.TryReadHeader(out var point))
        {
            ThrowIfUnbounded(point);
            if (point.Id == CuePointId)
            {
                var inner = new EbmlBufferReader(reader.Data(point), point.DataOffset);
                ulong? time = null;
                var forVideo = videoTrack is null;
                while (inner.TryReadHeader(out var field))
                {
                    ThrowIfUnbounded(field);
                    if (field.Id == CueTimeId)
                    {
                        time = inner.ReadUnsigned(field);
                    }
                    else if (field.Id == CueTrackPositionsId && !forVideo)
                    {
                        forVideo = CueTrackOf(inner.Data(field)) == videoTrack;
                    }

                    inner.Skip(field);
                }

                if (time is not null && forVideo)
                {
                    times.Add(time.Value);
                }
            }

            reader.Skip(point);
        }

        return times.Select(t => (double)t * timecodeScale / 1e9).ToList();
    }

    private static ulong? CueTrackOf(ReadOnlySpan<byte> positions)
    {
        var reader = new EbmlBufferReader(positions, 0);
        while (reader.TryReadHeader(out var field))
        {
            ThrowIfUnbounded(field);
            if (field.Id == CueTrackId)
            {
                return reader.ReadUnsigned(field);
            }

            reader.Skip(field);
        }

        return null;
    }

    private static void ThrowIfUnbounded(EbmlElement element)
    {
        if (element.Size is null)
        {
            throw new KeyframeIndexException($"Element 0x{element.Id:X} at offset {element.DataOffset} has an unknown size.");
        }
    }
}
