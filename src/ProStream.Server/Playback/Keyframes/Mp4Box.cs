using System.Buffers.Binary;

namespace ProStream.Server.Playback.Keyframes;

/// <summary>An ISO BMFF box header: its four-character type, where it starts (absolute) and its sizes.</summary>
// Size: The whole box including its header, or null when it runs to the end of the file (size field 0).
internal readonly record struct Mp4Box(uint Type, long Offset, int HeaderLength, long? Size)
{
    public long DataOffset => Offset + HeaderLength;

    public long? DataSize => Size - HeaderLength;

    public string TypeName => Mp4BoxTypes.Name(Type);
}

/// <summary>Box types the keyframe reader cares about, as big-endian four-character codes.</summary>
internal static class Mp4BoxTypes
{
    public const uint Ftyp = 0x66747970;
    public const uint Moov = 0x6D6F6F76;
    public const uint Moof = 0x6D6F6F66;
    public const uint Trak = 0x7472616B;
    public const uint Edts = 0x65647473;
    public const uint Elst = 0x656C7374;
    public const uint Mdia = 0x6D646961;
    public const uint Mdhd = 0x6D646864;
    public const uint Hdlr = 0x68646C72;
    public const uint Minf = 0x6D696E66;
    public const uint Stbl = 0x7374626C;
    public const uint Stts = 0x73747473;
    public const uint Ctts = 0x63747473;
    public const uint Stss = 0x73747373;
    public const uint Mvhd = 0x6D766864;
    public const uint Vide = 0x76696465;

    public static string Name(uint type) => string.Create(4, type, static (chars, t) =>
    {
        for (var i = 0; i < 4; i++)
        {
            var c = (char)((t >> (24 - (8 * i))) & 0xFF);
            chars[i] = char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '©' ? c : '?';
        }
    });

    // Real box types are printable ASCII (plus © in QuickTime metadata); anything else means we are not reading MP4.
    public static bool IsPlausible(uint type)
    {
        for (var i = 0; i < 4; i++)
        {
            var b = (byte)(type >> (24 - (8 * i)));
            if (b is not (>= 0x20 and <= 0x7E) and not 0xA9)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Reads box headers and big-endian fields from a buffer that starts at <c>baseOffset</c> in the file.</summary>
internal ref struct Mp4BufferReader(ReadOnlySpan<byte> buffer, long baseOffset)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly long FileOffset => baseOffset + _position;

    /// <summary>Reads the box header at the current position; false when the buffer ends inside it.</summary>
    public bool TryReadHeader(out Mp4Box box)
    {
        box = default;
        if (_buffer.Length - _position < 8)
        {
            return false;
        }

        var size32 = BinaryPrimitives.ReadUInt32BigEndian(_buffer[_position..]);
        var type = BinaryPrimitives.ReadUInt32BigEndian(_buffer[(_position + 4)..]);
        if (!Mp4BoxTypes.IsPlausible(type))
        {
            throw new KeyframeIndexException($"Not an MP4 box at offset {FileOffset} (type bytes 0x{type:X8}).");
        }

        long? size = size32;
        var headerLength = 8;
        if (size32 == 1)
        {
            if (_buffer.Length - _position < 16)
            {
                return false;
            }

            var size64 = BinaryPrimitives.ReadUInt64BigEndian(_buffer[(_position + 8)..]);
            size = size64 > long.MaxValue ? throw Absurd(type, FileOffset, size64) : (long)size64;
            headerLength = 16;
        }
        else if (size32 == 0)
        {
            size = null;
        }

        if (size < headerLength)
        {
            throw Absurd(type, FileOffset, (ulong)size.Value);
        }

        box = new Mp4Box(type, FileOffset, headerLength, size);
        _position += headerLength;
        return true;
    }

    public readonly bool Contains(Mp4Box box) =>
        box.Size is { } size && box.Offset - baseOffset + size <= _buffer.Length;

    /// <summary>The data of a box that lies inside this buffer.</summary>
    public readonly ReadOnlySpan<byte> Data(Mp4Box box)
    {
        if (!Contains(box))
        {
            throw new KeyframeIndexException($"Box '{box.TypeName}' at offset {box.Offset} runs past its parent.");
        }

        return _buffer.Slice(checked((int)(box.DataOffset - baseOffset)), checked((int)box.DataSize!.Value));
    }

    public void Skip(Mp4Box box) =>
        _position = box.Size is { } size ? checked((int)(box.Offset - baseOffset + size)) : _buffer.Length;

    /// <summary>The first child of the given type inside a box's data, or null.</summary>
    public static Mp4Box? FindChild(ReadOnlySpan<byte> parent, long parentDataOffset, uint type, out ReadOnlySpan<byte> data)
    {
        var reader = new Mp4BufferReader(parent, parentDataOffset);
        while (reader.TryReadHeader(out var child))
        {
            if (child.Type == type)
            {
                data = reader.Data(child);
                return child;
            }

            if (!reader.Contains(child))
            {
                break;
            }

            reader.Skip(child);
        }

        data = default;
        return null;
    }

    private static KeyframeIndexException Absurd(uint type, long offset, ulong size) =>
        new($"Box '{Mp4BoxTypes.Name(type)}' at offset {offset} declares an impossible size {size}.");
}
