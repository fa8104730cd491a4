using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>Matroska Tags as ffmpeg's demuxer files them: by TagTrackUID for a track, without targets for the file.</summary>
internal sealed class MatroskaTags
{
    private const uint TagId = 0x7373;
    private const uint TargetsId = 0x63C0;
    private const uint TagTrackUidId = 0x63C5;
    private const uint SimpleTagId = 0x67C8;
    private const uint TagNameId = 0x45A3;
    private const uint TagLanguageId = 0x447A;
    private const uint TagStringId = 0x4487;

    public Dictionary<string, string> Global { get; } = [];

    public Dictionary<ulong, Dictionary<string, string>> ByTrack { get; } = [];

    public static MatroskaTags Parse(ReadOnlySpan<byte> tags)
    {
        var result = new MatroskaTags();
        var reader = new EbmlBufferReader(tags, 0);
        while (reader.TryReadHeader(out var tag))
        {
            if (tag.Id == TagId)
            {
                result.AddTag(reader.Data(tag));
            }

            reader.Skip(tag);
        }

        return result;
    }

    private void AddTag(ReadOnlySpan<byte> tag)
    {
        ulong? trackUid = null;
        var otherTarget = false;
        var simpleTags = new List<(string Name, string? Language, string Value)>();
        var reader = new EbmlBufferReader(tag, 0);
        while (reader.TryReadHeader(out var field))
        {
            if (field.Id == TargetsId)
            {
                (trackUid, otherTarget) = ReadTargets(reader.Data(field));
            }
            else if (field.Id == SimpleTagId && ReadSimpleTag(reader.Data(field)) is { } simple)
            {
                simpleTags.Add(simple);
            }

            reader.Skip(field);
        }

        if (otherTarget)
        {
            return; // chapters, editions, attachments
        }

        var target = trackUid is { } uid
            ? ByTrack.TryGetValue(uid, out var existing) ? existing : ByTrack[uid] = []
            : Global;
        foreach (var (name, language, value) in simpleTags)
        {
            target.TryAdd(language is null or "und" ? name : $"{name}-{language}", value);
        }
    }

    private static (ulong? TrackUid, bool OtherTarget) ReadTargets(ReadOnlySpan<byte> targets)
    {
        ulong? trackUid = null;
        var other = false;
        var reader = new EbmlBufferReader(targets, 0);
        while (reader.TryReadHeader(out var field))
        {
            switch (field.Id)
            {
                case TagTrackUidId: trackUid = reader.ReadUnsigned(field); break;
                case 0x63C9 or 0x63C4 or 0x63C6: other |= reader.ReadUnsigned(field) != 0; break;
            }

            reader.Skip(field);
        }

        return (trackUid is 0 ? null : trackUid, other);
    }

    private static (string Name, string? Language, string Value)? ReadSimpleTag(ReadOnlySpan<byte> simpleTag)
    {
        string? name = null, language = null, value = null;
        var reader = new EbmlBufferReader(simpleTag, 0);
        while (reader.TryReadHeader(out var field))
        {
            switch (field.Id)
            {
                case TagNameId: name = Ebml.String(reader.Data(field)); break;
                case TagLanguageId: language = Ebml.String(reader.Data(field)); break;
                case TagStringId: value = Ebml.String(reader.Data(field)); break;
            }

            reader.Skip(field);
        }

        return name is null || value is null ? null : (name, language, value);
    }
}
