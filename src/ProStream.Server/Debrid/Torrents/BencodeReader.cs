using System.Text;

namespace ProStream.Server.Debrid.Torrents;

/// <summary>
/// Reads bencoded data (BEP 3) into <see cref="BencodeValue"/>s that remember their byte spans.
/// Strict where ambiguity would change meaning, tolerant where it cannot:
/// integers and lengths with leading zeros, <c>-0</c>, a missing terminator, a length larger
/// than what remains, a duplicate dictionary key and bytes after the value are errors;
/// dictionary keys out of order are accepted, because the info-hash is taken over the
/// original bytes, and some torrent creators do not sort. Input size, nesting depth and value
/// count are bounded, so hostile input costs bounded time and memory.
/// </summary>
public static class BencodeReader
{
    public const int MaxInputBytes = 10 * 1024 * 1024;
    public const int MaxDepth = 64;
    public const int MaxValues = 1_000_000;

    /// <summary>Reads one value that must span the whole input.</summary>
    /// <exception cref="InvalidTorrentException">The input is not exactly one well-formed value.</exception>
    public static BencodeValue Read(ReadOnlyMemory<byte> input)
    {
        if (input.Length > MaxInputBytes)
        {
            throw new InvalidTorrentException($"The data is {input.Length} bytes; at most {MaxInputBytes} are accepted.");
        }

        var cursor = new Cursor(input);
        var value = cursor.ReadValue(depth: 0);
        if (cursor.Position != input.Length)
        {
            throw new InvalidTorrentException("Unexpected data after the end of the value", cursor.Position);
        }

        return value;
    }

    private sealed class Cursor(ReadOnlyMemory<byte> input)
    {
        private int _values;

        public int Position { get; private set; }

        public BencodeValue ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new InvalidTorrentException($"Values are nested more than {MaxDepth} deep", Position);
            }

            if (++_values > MaxValues)
            {
                throw new InvalidTorrentException($"More than {MaxValues} values", Position);
            }

            return Peek() switch
            {
                (byte)'i' => ReadInteger(),
                (byte)'l' => ReadList(depth),
                (byte)'d' => ReadDictionary(depth),
                >= (byte)'0' and <= (byte)'9' => ReadString(),
                var other => throw new InvalidTorrentException($"Unexpected byte 0x{other:x2}", Position),
            };
        }

        private byte Peek() =>
            Position < input.Length ? input.Span[Position] : throw new InvalidTorrentException("The data ends too early", Position);

        private BencodeInteger ReadInteger()
        {
            var start = Position++;
            var value = ReadDigits((byte)'e', allowNegative: true, "integer");
            return new BencodeInteger(value, start, Position);
        }

        private BencodeString ReadString()
        {
            var start = Position;
            var length = ReadDigits((byte)':', allowNegative: false, "string length");
            var remaining = input.Length - Position;
            if (length > remaining)
            {
                throw new InvalidTorrentException($"A string declares {length} bytes but only {remaining} remain", start);
            }

            var bytes = input.Slice(Position, (int)length);
            Position += (int)length;
            return new BencodeString(bytes, start, Position);
        }

        private BencodeList ReadList(int depth)
        {
            var start = Position++;
            var items = new List<BencodeValue>();
            while (Peek() != (byte)'e')
            {
                items.Add(ReadValue(depth + 1));
            }

            Position++;
            return new BencodeList(items, start, Position);
        }

        private BencodeDictionary ReadDictionary(int depth)
        {
            var start = Position++;
            var entries = new List<KeyValuePair<BencodeString, BencodeValue>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (Peek() != (byte)'e')
            {
                if (Peek() is < (byte)'0' or > (byte)'9')
                {
                    throw new InvalidTorrentException("A dictionary key is not a string", Position);
                }

                var keyAt = Position;
                var key = ReadString();
                _values++;
                // Latin-1 maps each byte to one char, so distinct byte keys stay distinct.
                if (!seen.Add(Encoding.Latin1.GetString(key.Bytes.Span)))
                {
                    throw new InvalidTorrentException($"Duplicate dictionary key '{key.Text}'", keyAt);
                }

                if (Peek() == (byte)'e')
                {
                    throw new InvalidTorrentException($"Dictionary key '{key.Text}' has no value", Position);
                }

                entries.Add(new(key, ReadValue(depth + 1)));
            }

            Position++;
            return new BencodeDictionary(entries, start, Position);
        }

        // Reads [-]digits up to the terminator: no leading zeros, no "-0", no empty number, fits a long.
        private long ReadDigits(byte terminator, bool allowNegative, string what)
        {
            var start = Position;
            var negative = allowNegative && Peek() == (byte)'-';
            if (negative)
            {
                Position++;
            }

            var digitsAt = Position;
            long value = 0;
            while (Peek() is >= (byte)'0' and <= (byte)'9' and var digit)
            {
                if (Position > digitsAt && value == 0)
                {
                    throw new InvalidTorrentException($"The {what} has a leading zero", start);
                }

                if (value > (long.MaxValue - (digit - '0')) / 10)
                {
                    throw new InvalidTorrentException($"The {what} is too large", start);
                }

                value = (value * 10) + (digit - '0');
                Position++;
            }

            if (Position == digitsAt)
            {
                throw new InvalidTorrentException($"The {what} has no digits", start);
            }

            if (negative && value == 0)
            {
                throw new InvalidTorrentException($"The {what} is negative zero", start);
            }

            if (Peek() != terminator)
            {
                throw new InvalidTorrentException($"The {what} is not terminated by '{(char)terminator}'", Position);
            }

            Position++;
            return negative ? -value : value;
        }
    }
}
