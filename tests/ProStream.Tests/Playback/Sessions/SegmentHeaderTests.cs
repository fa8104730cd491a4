using System.Buffers.Binary;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Tests.Playback.Sessions;

public sealed class SegmentHeaderTests
{
    public static TheoryData<string, int?> Cases() => new()
    {
        { "moof:100 mdat:500", 0 },
        { "ftyp:32 moov:658 moof:1020 mdat:224314", 690 },
        { "ftyp:32 moov:658", null },          // the moof not begun yet: the moov may still grow
        { "ftyp:32 moov:0", null },            // moov size not patched yet
        { "ftyp:32 free:8 moov:658 moof:1020", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_length_is_known_only_once_the_media_has_begun(string boxes, int? expected)
    {
        Assert.Equal(expected, SegmentHeader.Length(Boxes(boxes)));
    }

    [Fact]
    public void A_moov_declared_larger_than_what_was_read_is_not_a_header_yet()
    {
        var bytes = Boxes("ftyp:32 moov:658 moof:1020");
        Assert.Null(SegmentHeader.Length(bytes.AsSpan(0, 600)));
    }

    // Box headers with their declared sizes; the body is zeros, and only the first 8 bytes of the last box are written.
    private static byte[] Boxes(string description)
    {
        var boxes = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => b.Split(':')).ToList();
        using var stream = new MemoryStream();
        for (var i = 0; i < boxes.Count; i++)
        {
            var size = uint.Parse(boxes[i][1], System.Globalization.CultureInfo.InvariantCulture);
            var header = new byte[i == boxes.Count - 1 ? 8 : Math.Max(8, (int)size)];
            BinaryPrimitives.WriteUInt32BigEndian(header, size);
            System.Text.Encoding.ASCII.GetBytes(boxes[i][0], header.AsSpan(4));
            stream.Write(header);
        }

        return stream.ToArray();
    }
}
