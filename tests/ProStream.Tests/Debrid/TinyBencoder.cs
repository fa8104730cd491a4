using System.Text;

namespace ProStream.Tests.Debrid;

/// <summary>
/// A deliberately independent bencode writer for tests: builds torrents byte by byte so the
/// expected info-hash is the SHA-1 of bytes the test wrote itself, not of anything the reader reports.
/// Dictionaries are written in the order given (tests choose sorted or unsorted on purpose).
/// </summary>
internal static class TinyBencoder
{
    public static byte[] Encode(object value)
    {
        using var stream = new MemoryStream();
        Write(stream, value);
        return stream.ToArray();
    }

    private static void Write(MemoryStream stream, object value)
    {
        switch (value)
        {
            case int or long:
                Ascii(stream, $"i{value}e");
                break;
            case string text:
                Bytes(stream, Encoding.UTF8.GetBytes(text));
                break;
            case byte[] bytes:
                Bytes(stream, bytes);
                break;
            case Raw raw:
                stream.Write(raw.Bytes);
                break;
            case IEnumerable<KeyValuePair<string, object>> dictionary:
                stream.WriteByte((byte)'d');
                foreach (var (key, item) in dictionary)
                {
                    Write(stream, key);
                    Write(stream, item);
                }

                stream.WriteByte((byte)'e');
                break;
            case System.Collections.IEnumerable list:
                stream.WriteByte((byte)'l');
                foreach (var item in list)
                {
                    Write(stream, item);
                }

                stream.WriteByte((byte)'e');
                break;
            default:
                throw new ArgumentException($"Cannot encode {value.GetType()}");
        }
    }

    private static void Bytes(MemoryStream stream, byte[] bytes)
    {
        Ascii(stream, $"{bytes.Length}:");
        stream.Write(bytes);
    }

    private static void Ascii(MemoryStream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    /// <summary>Bytes already encoded, inserted as they are (e.g. a pre-built info dictionary).</summary>
    public sealed record Raw(byte[] Bytes);

    public static List<KeyValuePair<string, object>> Dict(params (string Key, object Value)[] entries) =>
        [.. entries.Select(e => new KeyValuePair<string, object>(e.Key, e.Value))];
}
