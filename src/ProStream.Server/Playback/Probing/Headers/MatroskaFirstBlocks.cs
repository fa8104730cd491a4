using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>The first block of each track in the first Cluster: its timestamp (in TimecodeScale units) and first bytes.</summary>
internal static class MatroskaFirstBlocks
{
    private const uint ClusterId = 0x1F43B675;
    private const uint TimestampId = 0xE7;
    private const uint SimpleBlockId = 0xA3;
    private const uint BlockGroupId = 0xA0;
    private const uint BlockId = 0xA1;
    private const int KeptBytes = 16;

    public sealed record FirstBlock(long Timestamp, byte[] Payload);

    /// <summary>Reads what the chunk (starting at the Cluster's header) holds; tracks whose first block is beyond it are absent.</summary>
    public static Dictionary<ulong, FirstBlock> Read(ReadOnlySpan<byte> chunk)
    {
        var blocks = new Dictionary<ulong, FirstBlock>();
        var outer = new EbmlBufferReader(chunk, 0);
        if (!outer.TryReadHeader(out var cluster) || cluster.Id != ClusterId)
        {
            throw new KeyframeIndexException("Expected a Cluster.");
        }

        var end = cluster.Size is { } size ? (int)Math.Min(chunk.Length, cluster.DataOffset + size) : chunk.Length;
        var reader = new EbmlBufferReader(chunk[..end], 0);
        reader.Seek(cluster.DataOffset);
        long? clusterTime = null;
        while (reader.TryReadHeader(out var child) && child.Size is { } childSize)
        {
            var available = chunk.Slice((int)child.DataOffset, (int)Math.Min(childSize, end - child.DataOffset));
            switch (child.Id)
            {
                case TimestampId when reader.Contains(child): clusterTime = (long)reader.ReadUnsigned(child); break;
                case SimpleBlockId when clusterTime is { } t: Add(blocks, available, t); break;
                case BlockGroupId when clusterTime is { } t && FirstBlockInGroup(available, out var block): Add(blocks, block, t); break;
            }

            if (!reader.Contains(child))
            {
                break;
            }

            reader.Skip(child);
        }

        return blocks;
    }

    private static bool FirstBlockInGroup(ReadOnlySpan<byte> group, out ReadOnlySpan<byte> block)
    {
        var reader = new EbmlBufferReader(group, 0);
        while (reader.TryReadHeader(out var field) && field.Size is { } size)
        {
            if (field.Id == BlockId)
            {
                block = group.Slice((int)field.DataOffset, (int)Math.Min(size, group.Length - field.DataOffset));
                return true;
            }

            if (!reader.Contains(field))
            {
                break;
            }

            reader.Skip(field);
        }

        block = default;
        return false;
    }

    // Block: track number (EBML vint), signed 16-bit relative timestamp, flags, then the (unlaced) frame.
    private static void Add(Dictionary<ulong, FirstBlock> blocks, ReadOnlySpan<byte> block, long clusterTime)
    {
        if (block.Length < 4 || block[0] == 0)
        {
            return;
        }

        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)block[0]) - 23;
        if (block.Length < length + 3)
        {
            return;
        }

        ulong track = (ulong)(block[0] & (0xFF >> length));
        for (var i = 1; i < length; i++)
        {
            track = (track << 8) | block[i];
        }

        var relative = (short)((block[length] << 8) | block[length + 1]);
        var laced = (block[length + 2] & 0x06) != 0;
        var payload = laced ? [] : block[(length + 3)..].ToArray();
        blocks.TryAdd(track, new FirstBlock(clusterTime + relative, payload.Length > KeptBytes ? payload[..KeptBytes] : payload));
    }
}
