namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>Reads bits MSB-first, with Exp-Golomb codes, from an RBSP (emulation prevention bytes already removed).</summary>
internal ref struct BitReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _bit;

    public uint Bits(int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++)
        {
            if (_bit >= _data.Length * 8)
            {
                throw new FormatException("The bit stream ends early.");
            }

            value = (value << 1) | (uint)((_data[_bit >> 3] >> (7 - (_bit & 7))) & 1);
            _bit++;
        }

        return value;
    }

    public bool Flag() => Bits(1) == 1;

    /// <summary>ue(v).</summary>
    public uint Unsigned()
    {
        var zeros = 0;
        while (Bits(1) == 0)
        {
            if (++zeros > 31)
            {
                throw new FormatException("Exp-Golomb code longer than 32 bits.");
            }
        }

        return (uint)((1L << zeros) - 1 + Bits(zeros));
    }

    /// <summary>se(v).</summary>
    public int Signed()
    {
        var k = Unsigned();
        return (k & 1) == 1 ? (int)((k + 1) / 2) : -(int)(k / 2);
    }

    /// <summary>A NAL unit's payload without its emulation prevention bytes (00 00 03 → 00 00).</summary>
    public static byte[] Rbsp(ReadOnlySpan<byte> nal)
    {
        var output = new List<byte>(nal.Length);
        var zeros = 0;
        foreach (var b in nal)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }

            zeros = b == 0 ? zeros + 1 : 0;
            output.Add(b);
        }

        return [.. output];
    }
}
