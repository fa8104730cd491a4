using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>A Matroska TrackEntry, with the defaults the specification gives absent fields.</summary>
internal sealed record MatroskaTrack(
    ulong Number,
    ulong Uid,
    ulong Type,
    string CodecId,
    byte[] CodecPrivate,
    bool IsDefault,
    bool IsForced,
    string Language,
    string? Name,
    ulong? DefaultDuration,
    ulong PixelWidth,
    ulong PixelHeight,
    bool FullRange,
    double SamplingFrequency,
    ulong Channels,
    byte[]? StrippedHeader,
    bool OtherEncoding)
{
    public const ulong VideoType = 1;
    public const ulong AudioType = 2;
    public const ulong SubtitleType = 0x11;

    private const uint TrackEntryId = 0xAE;

    public static List<MatroskaTrack> ParseAll(ReadOnlySpan<byte> tracks)
    {
        var result = new List<MatroskaTrack>();
        var reader = new EbmlBufferReader(tracks, 0);
        while (reader.TryReadHeader(out var entry))
        {
            if (entry.Id == TrackEntryId)
            {
                result.Add(Parse(reader.Data(entry)));
            }

            reader.Skip(entry);
        }

        return result;
    }

    private static MatroskaTrack Parse(ReadOnlySpan<byte> entry)
    {
        var fields = new Builder();
        var reader = new EbmlBufferReader(entry, 0);
        while (reader.TryReadHeader(out var field))
        {
            var data = reader.Data(field);
            switch (field.Id)
            {
                case 0xD7: fields.Number = reader.ReadUnsigned(field); break;
                case 0x73C5: fields.Uid = reader.ReadUnsigned(field); break;
                case 0x83: fields.Type = reader.ReadUnsigned(field); break;
                case 0x86: fields.CodecId = Ebml.String(data); break;
                case 0x63A2: fields.CodecPrivate = data.ToArray(); break;
                case 0x88: fields.IsDefault = reader.ReadUnsigned(field) != 0; break;
                case 0x55AA: fields.IsForced = reader.ReadUnsigned(field) != 0; break;
                case 0x22B59C: fields.Language = Ebml.String(data); break;
                case 0x536E: fields.Name = Ebml.String(data); break;
                case 0x23E383: fields.DefaultDuration = reader.ReadUnsigned(field); break;
                case 0xE0: ParseVideo(data, fields); break;
                case 0xE1: ParseAudio(data, fields); break;
                case 0x6D80: ParseEncodings(data, fields); break;
            }

            reader.Skip(field);
        }

        return fields.Build();
    }

    private static void ParseVideo(ReadOnlySpan<byte> video, Builder fields)
    {
        var reader = new EbmlBufferReader(video, 0);
        while (reader.TryReadHeader(out var field))
        {
            switch (field.Id)
            {
                case 0xB0: fields.PixelWidth = reader.ReadUnsigned(field); break;
                case 0xBA: fields.PixelHeight = reader.ReadUnsigned(field); break;
                case 0x55B0: fields.FullRange = Ebml.TryChild(reader.Data(field), 0x55B9, out var range) && Ebml.Unsigned(range) == 2; break;
            }

            reader.Skip(field);
        }
    }

    private static void ParseAudio(ReadOnlySpan<byte> audio, Builder fields)
    {
        var reader = new EbmlBufferReader(audio, 0);
        while (reader.TryReadHeader(out var field))
        {
            switch (field.Id)
            {
                case 0xB5: fields.SamplingFrequency = Ebml.Float(reader.Data(field)); break;
                case 0x9F: fields.Channels = reader.ReadUnsigned(field); break;
            }

            reader.Skip(field);
        }
    }

    // Header stripping (algorithm 3) is undone for the first frame; any other encoding leaves the frame unreadable here.
    private static void ParseEncodings(ReadOnlySpan<byte> encodings, Builder fields)
    {
        var reader = new EbmlBufferReader(encodings, 0);
        while (reader.TryReadHeader(out var encoding))
        {
            // ContentEncoding → ContentCompression → ContentCompAlgo (default 0, zlib) and ContentCompSettings.
            var compressed = Ebml.TryChild(reader.Data(encoding), 0x5034, out var compression);
            var algorithm = compressed && Ebml.TryChild(compression, 0x4254, out var a) ? Ebml.Unsigned(a) : 0;
            if (compressed && algorithm == 3 && Ebml.TryChild(compression, 0x4255, out var stripped))
            {
                fields.StrippedHeader = stripped.ToArray();
            }
            else
            {
                fields.OtherEncoding = true;
            }

            reader.Skip(encoding);
        }
    }

    private sealed class Builder
    {
        public ulong Number { get; set; }
        public ulong Uid { get; set; }
        public ulong Type { get; set; }
        public string CodecId { get; set; } = "";
        public byte[] CodecPrivate { get; set; } = [];
        public bool IsDefault { get; set; } = true;
        public bool IsForced { get; set; }
        public string Language { get; set; } = "eng";
        public string? Name { get; set; }
        public ulong? DefaultDuration { get; set; }
        public ulong PixelWidth { get; set; }
        public ulong PixelHeight { get; set; }
        public bool FullRange { get; set; }
        public double SamplingFrequency { get; set; } = 8000;
        public ulong Channels { get; set; } = 1;
        public byte[]? StrippedHeader { get; set; }
        public bool OtherEncoding { get; set; }

        public MatroskaTrack Build() => new(
            Number, Uid, Type, CodecId, CodecPrivate, IsDefault, IsForced, Language, Name, DefaultDuration,
            PixelWidth, PixelHeight, FullRange, SamplingFrequency, Channels, StrippedHeader, OtherEncoding);
    }
}

/// <summary>EBML value helpers for the probe.</summary>
internal static class Ebml
{
    public static string String(ReadOnlySpan<byte> data) => System.Text.Encoding.UTF8.GetString(data).TrimEnd('\0');

    public static double Float(ReadOnlySpan<byte> data) => data.Length switch
    {
        4 => System.Buffers.Binary.BinaryPrimitives.ReadSingleBigEndian(data),
        8 => System.Buffers.Binary.BinaryPrimitives.ReadDoubleBigEndian(data),
        0 => 0,
        _ => throw new KeyframeIndexException($"A float of {data.Length} bytes."),
    };

    public static ulong Unsigned(ReadOnlySpan<byte> data)
    {
        if (data.Length > 8)
        {
            throw new KeyframeIndexException($"Unsigned integer of {data.Length} bytes.");
        }

        ulong value = 0;
        foreach (var b in data)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>The data of the first child with this id.</summary>
    public static bool TryChild(ReadOnlySpan<byte> parent, uint id, out ReadOnlySpan<byte> data)
    {
        var reader = new EbmlBufferReader(parent, 0);
        while (reader.TryReadHeader(out var field))
        {
            if (field.Id == id)
            {
                data = reader.Data(field);
                return true;
            }

            reader.Skip(field);
        }

        data = default;
        return false;
    }
}
