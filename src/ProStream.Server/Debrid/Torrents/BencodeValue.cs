using System.Text;

namespace ProStream.Server.Debrid.Torrents;

/// <summary>
/// A bencoded value and the exact bytes it was read from: <see cref="Start"/> (inclusive) to
/// <see cref="End"/> (exclusive) in the input, so a hash can be taken over the original bytes.
/// </summary>
public abstract record BencodeValue(int Start, int End)
{
    public int Length => End - Start;
}

public sealed record BencodeInteger(long Value, int Start, int End) : BencodeValue(Start, End);

public sealed record BencodeString(ReadOnlyMemory<byte> Bytes, int Start, int End) : BencodeValue(Start, End)
{
    /// <summary>The bytes as UTF-8 text (invalid sequences become U+FFFD).</summary>
    public string Text => Encoding.UTF8.GetString(Bytes.Span);

    public bool Is(string ascii)
    {
        var bytes = Bytes.Span;
        if (bytes.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}

public sealed record BencodeList(IReadOnlyList<BencodeValue> Items, int Start, int End) : BencodeValue(Start, End);

/// <summary>A dictionary in the order its keys appear in the input.</summary>
public sealed record BencodeDictionary(IReadOnlyList<KeyValuePair<BencodeString, BencodeValue>> Entries, int Start, int End)
    : BencodeValue(Start, End)
{
    public BencodeValue? Find(string key)
    {
        foreach (var (k, value) in Entries)
        {
            if (k.Is(key))
            {
                return value;
            }
        }

        return null;
    }

    public T? Find<T>(string key)
        where T : BencodeValue => Find(key) as T;
}
