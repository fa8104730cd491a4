using System.Buffers.Binary;

namespace ProStream.Server.Playback.Sessions;

/// <summary>
/// A CMAF segment file that starts with its own <c>ftyp</c> + <c>moov</c> (see
/// <see cref="Ffmpeg.FfmpegArgumentBuilder.WritesHeaderInEverySegment"/>): where that header ends and the
/// media (<c>moof</c> …) begins.
/// </summary>
internal static class SegmentHeader
{
    /// <summary>Enough of a segment's start to hold any header ffmpeg writes for one audio track.</summary>
    public const int MaxBytes = 1 << 16;

    /// <summary>
    /// 0 when the file starts with media (no header), the header's length when an <c>ftyp</c> and a whole
    /// <c>moov</c> are followed by a <c>moof</c>, null when that cannot be told yet (the header is still being written).
    /// </summary>
    public static int? Length(ReadOnlySpan<byte> start)
    {
        if (start.Length < 8)
        {
            return null;
        }

        if (Type(start) != "ftyp")
        {
            return 0;
        }

        var offset = 0;
        foreach (var expected in (string[])["ftyp", "moov"])
        {
            if (offset + 8 > start.Length || Type(start[offset..]) != expected)
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt32BigEndian(start[offset..]);
            if (size < 8 || size > start.Length - offset)
            {
                return null;
            }

            offset += (int)size;
        }

        return offset + 8 <= start.Length && Type(start[offset..]) == "moof" ? offset : null;
    }

    private static string Type(ReadOnlySpan<byte> box) => System.Text.Encoding.ASCII.GetString(box.Slice(4, 4));
}
