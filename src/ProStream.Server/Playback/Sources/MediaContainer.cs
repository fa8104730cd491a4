using System.Buffers.Binary;

namespace ProStream.Server.Playback.Sources;

/// <summary>The containers ProStream plays, each with the ffmpeg demuxer forced for it.</summary>
public enum MediaContainer
{
    Matroska,
    Mp4,
    MpegTs,
    Avi,
}

/// <summary>
/// Recognises a media container from a source's first bytes. Anything else (HLS or DASH playlists,
/// ffconcat lists, HTML, text) is refused before ffprobe sees it, and ffmpeg is then forced to the
/// recognised demuxer, so no bytes can make it pick a demuxer that opens nested URLs.
/// </summary>
public static class MediaContainerSniffer
{
    private const int TsPacket = 188;
    private const int M2tsPacket = 192;

    public static MediaContainer? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[..4].SequenceEqual((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return MediaContainer.Matroska;
        }

        if (IsIsoBox(head))
        {
            return MediaContainer.Mp4;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("AVI "u8))
        {
            return MediaContainer.Avi;
        }

        return HasSyncBytes(head, 0, TsPacket) || HasSyncBytes(head, 4, M2tsPacket) ? MediaContainer.MpegTs : null;
    }

    /// <summary>The ffmpeg demuxer name to force with <c>-f</c>.</summary>
    public static string DemuxerName(MediaContainer container) => container switch
    {
        MediaContainer.Matroska => "matroska",
        MediaContainer.Mp4 => "mov",
        MediaContainer.MpegTs => "mpegts",
        MediaContainer.Avi => "avi",
        _ => throw new ArgumentOutOfRangeException(nameof(container)),
    };

    // An ISO base media file starts with a box: 32-bit size (or 1 for a 64-bit size) then a known type.
    private static bool IsIsoBox(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        var size = BinaryPrimitives.ReadUInt32BigEndian(head);
        var type = head[4..8];
        var knownType = type.SequenceEqual("ftyp"u8) || type.SequenceEqual("moov"u8) || type.SequenceEqual("mdat"u8)
            || type.SequenceEqual("free"u8) || type.SequenceEqual("skip"u8) || type.SequenceEqual("wide"u8) || type.SequenceEqual("pnot"u8);
        return knownType && (size == 1 || size >= 8);
    }

    // MPEG-TS: the sync byte 0x47 at the start of every packet; at least four packets must agree.
    private static bool HasSyncBytes(ReadOnlySpan<byte> head, int offset, int packet)
    {
        var packets = Math.Min((head.Length - offset) / packet, 16);
        if (packets < 4)
        {
            return false;
        }

        for (var i = 0; i < packets; i++)
        {
            if (head[offset + (i * packet)] != 0x47)
            {
                return false;
            }
        }

        return true;
    }
}
