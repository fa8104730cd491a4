using System.Buffers.Binary;
using System.Text;

namespace ProStream.Tests.Playback;

/// <summary>Builds ISO BMFF (MP4) boxes for tests.</summary>
internal static class Mp4Writer
{
    public static byte[] Box(string type, params byte[][] children) => Box(type, children.SelectMany(c => c).ToArray());

    public static byte[] Box(string type, byte[] data) => [.. U32((uint)(8 + data.Length)), .. Encoding.ASCII.GetBytes(type), .. data];

    /// <summary>A box with a 64-bit size field (size field 1).</summary>
    public static byte[] LargeBox(string type, byte[] data) => [.. U32(1), .. Encoding.ASCII.GetBytes(type), .. U64((ulong)(16 + data.Length)), .. data];

    /// <summary>A box header claiming <paramref name="size"/> bytes, with no data.</summary>
    public static byte[] HeaderOnly(string type, uint size) => [.. U32(size), .. Encoding.ASCII.GetBytes(type)];

    public static byte[] FullBox(string type, byte version, params byte[][] fields) =>
        Box(type, [version, 0, 0, 0, .. fields.SelectMany(f => f)]);

    public static byte[] Ftyp() => Box("ftyp", [.. "isom"u8, .. U32(512), .. "isomiso2avc1mp41"u8]);

    public static byte[] Mvhd(uint timescale) => FullBox("mvhd", 0, U32(0), U32(0), U32(timescale), U32(0), new byte[80]);

    public static byte[] Mdhd(uint timescale, byte version = 0) => version == 1
        ? FullBox("mdhd", 1, U64(0), U64(0), U32(timescale), U64(0), U32(0))
        : FullBox("mdhd", 0, U32(0), U32(0), U32(timescale), U32(0), U32(0));

    public static byte[] Hdlr(string handler) => FullBox("hdlr", 0, U32(0), Encoding.ASCII.GetBytes(handler), new byte[12], [0]);

    public static byte[] Stts(params (uint Count, uint Delta)[] runs) =>
        FullBox("stts", 0, [U32((uint)runs.Length), .. runs.Select(r => (byte[])[.. U32(r.Count), .. U32(r.Delta)])]);

    public static byte[] Ctts(byte version, params (uint Count, int Offset)[] runs) =>
        FullBox("ctts", version, [U32((uint)runs.Length), .. runs.Select(r => (byte[])[.. U32(r.Count), .. U32(unchecked((uint)r.Offset))])]);

    public static byte[] Stss(params uint[] samples) => FullBox("stss", 0, [U32((uint)samples.Length), .. samples.Select(U32)]);

    /// <summary>An edit list; media time −1 is an empty edit.</summary>
    public static byte[] Elst(byte version, params (ulong Duration, long MediaTime)[] edits) =>
        Box("edts", FullBox("elst", version, [
            U32((uint)edits.Length),
            .. edits.Select(e => version == 1
                ? (byte[])[.. U64(e.Duration), .. U64(unchecked((ulong)e.MediaTime)), 0, 1, 0, 0]
                : [.. U32((uint)e.Duration), .. U32(unchecked((uint)e.MediaTime)), 0, 1, 0, 0])]));

    public static byte[] Trak(string handler, uint timescale, byte[]? edts, params byte[][] sampleTable) =>
        Box("trak", [
            .. Box("tkhd", new byte[84]),
            .. edts ?? [],
            .. Box("mdia", Mdhd(timescale), Hdlr(handler), Box("minf", Box("stbl", sampleTable)))]);

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U64(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }
}
