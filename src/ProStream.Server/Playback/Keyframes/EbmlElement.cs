namespace ProStream.Server.Playback.Keyframes;

/// <summary>An EBML element header: its id, where its data starts (absolute) and its data size.</summary>
// Size: Data size in bytes, or null when the element declares an unknown size.
internal readonly record struct EbmlElement(uint Id, long DataOffset, long? Size, int HeaderLength);

/// <summary>Reads EBML element headers and values from a buffer that starts at <c>baseOffset</c> in the file.</summary>
internal ref struct EbmlBufferReader(ReadOnlySpan<byte> buffer, long baseOffset)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly long FileOffset => baseOffset + _position;

    public readonly int Remaining => _buffer.Length - _position;

    public void Seek(long fileOffset) => _position = checked((int)(fileOffset - baseOffset));

    /// <summary>Reads the header at the current position; false when the buffer ends inside it.</summary>
    public bool TryReadHeader(out EbmlElement element)
    {
        element = default;
        var start = _position;
        if (!TryReadVint(keepMarker: true, out var id, out _) || !TryReadVint(keepMarker: false, out var size, out var unknown))
        {
            _position = start;
            return false;
        }

        if (id > uint.MaxValue)
        {
            throw new KeyframeIndexException($"Invalid EBML element id at offset {baseOffset + start}.");
        }

        element = new EbmlElement((uint)id, baseOffset + _position, unknown ? null : (long)size, _position - start);
        return true;
    }

    public readonly bool Contains(EbmlElement element) =>
        element.Size is { } size && element.DataOffset - baseOffset + size <= _buffer.Length;

    public readonly ulong ReadUnsigned(EbmlElement element)
    {
        var data = Data(element);
        if (data.Length > 8)
        {
            throw new KeyframeIndexException($"Unsigned integer of {data.Length} bytes at offset {element.DataOffset}.");
        }

        ulong value = 0;
        foreach (var b in data)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    public readonly ReadOnlySpan<byte> Data(EbmlElement element)
    {
        if (!Contains(element))
        {
            throw new KeyframeIndexException($"Element 0x{element.Id:X} at offset {element.DataOffset} runs past its parent.");
        }

        return _buffer.Slice(checked((int)(element.DataOffset - baseOffset)), (int)element.Size!.Value);
    }

    public void Skip(EbmlElement element) =>
        _position = checked((int)(element.DataOffset - baseOffset + (element.Size ?? 0)));

    private bool TryReadVint(bool keepMarker, out ulong value, out bool allOnes)
    {
        value = 0;
        allOnes = false;
        if (_position >= _buffer.Length)
        {
            return false;
        }

        var first = _buffer[_position];
        if (first == 0)
        {
            throw new KeyframeIndexException($"Invalid EBML variable-length integer at offset {FileOffset}.");
        }

        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 23;
        if (keepMarker && length > 4)
        {
            throw new KeyframeIndexException($"EBML element id longer than 4 bytes at offset {FileOffset}.");
        }

        if (_position + length > _buffer.Length)
        {
            return false;
        }

        var mask = (byte)(0xFF >> length);
        value = keepMarker ? first : (ulong)(first & mask);
        allOnes = (first & mask) == mask;
        for (var i = 1; i < length; i++)
        {
            var b = _buffer[_position + i];
            value = (value << 8) | b;
            allOnes &= b == 0xFF;
        }

        _position += length;
        return true;
    }
}
