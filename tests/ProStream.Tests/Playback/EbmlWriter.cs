namespace ProStream.Tests.Playback;

/// <summary>Builds EBML bytes for tests: elements are (id, children or value).</summary>
internal static class EbmlWriter
{
    public static byte[] Element(uint id, params byte[][] children) => Element(id, children.SelectMany(c => c).ToArray());

    public static byte[] Element(uint id, byte[] data) => [.. Id(id), .. Size(data.Length), .. data];

    public static byte[] Unsigned(uint id, ulong value)
    {
        var bytes = BitConverter.GetBytes(value).Reverse().SkipWhile(b => b == 0).ToArray();
        return Element(id, bytes.Length == 0 ? [0] : bytes);
    }

    /// <summary>An element whose size field says "unknown" (all ones).</summary>
    public static byte[] UnknownSize(uint id, byte[] data) => [.. Id(id), 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, .. data];

    /// <summary>An element header claiming <paramref name="size"/> bytes, with no data.</summary>
    public static byte[] HeaderOnly(uint id, long size) => [.. Id(id), .. Size(size)];

    public static byte[] Id(uint id) => BitConverter.GetBytes(id).Reverse().SkipWhile(b => b == 0).ToArray();

    // Always 8-byte sizes: simple and valid.
    public static byte[] Size(long size) => [0x01, .. BitConverter.GetBytes(size).Reverse().Skip(1)];
}
