using System.Globalization;
using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>
/// Describes a Matroska/WebM file as ffprobe would (<c>-show_format -show_streams</c>), from its Info, Tracks and
/// Tags and the first Cluster's block headers. Null whenever one of its tracks is something this reader does not
/// know ffprobe's answer for: the caller then runs ffprobe.
/// </summary>
internal static class MatroskaHeaders
{
    private const uint TimecodeScaleId = 0x2AD7B1;
    private const uint DurationId = 0x4489;

    private static readonly Dictionary<string, string> SubtitleCodecs = new(StringComparer.Ordinal)
    {
        ["S_TEXT/UTF8"] = "subrip",
        ["S_TEXT/ASS"] = "ass",
        ["S_ASS"] = "ass",
        ["S_TEXT/SSA"] = "ass",
        ["S_SSA"] = "ass",
        ["S_TEXT/WEBVTT"] = "webvtt",
        ["S_HDMV/PGS"] = "hdmv_pgs_subtitle",
        ["S_VOBSUB"] = "dvd_subtitle",
        ["S_DVBSUB"] = "dvb_subtitle",
    };

    public static FfprobeOutput? Describe(
        ReadOnlySpan<byte> info, ReadOnlySpan<byte> tracks, ReadOnlySpan<byte> tags, ReadOnlySpan<byte> firstCluster, long fileSize)
    {
        var (scale, duration) = ReadInfo(info);
        if (duration is not > 0)
        {
            return null;
        }

        var entries = MatroskaTrack.ParseAll(tracks);
        var tagged = tags.IsEmpty ? new MatroskaTags() : MatroskaTags.Parse(tags);
        var blocks = firstCluster.IsEmpty ? [] : MatroskaFirstBlocks.Read(firstCluster);
        var streams = new List<FfprobeStream>(entries.Count);
        foreach (var track in entries)
        {
            var trackTags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (track.Language != "und")
            {
                trackTags["language"] = track.Language;
            }

            if (track.Name is { Length: > 0 } name)
            {
                trackTags["title"] = name;
            }

            foreach (var (key, value) in tagged.ByTrack.GetValueOrDefault(track.Uid) ?? [])
            {
                trackTags.TryAdd(key, value);
            }

            blocks.TryGetValue(track.Number, out var block);
            if (Describe(track, streams.Count, trackTags, block, scale) is not { } stream)
            {
                return null;
            }

            streams.Add(stream);
        }

        // The first video block is the video's start: without it ffprobe's answer is not known here.
        var video = entries.FirstOrDefault(t => t.Type == MatroskaTrack.VideoType);
        if (video is null || !blocks.ContainsKey(video.Number))
        {
            return null;
        }

        var start = entries.Where(t => t.Type != MatroskaTrack.SubtitleType && blocks.ContainsKey(t.Number)).Min(t => blocks[t.Number].Timestamp);
        // ffmpeg keeps durations in microseconds, truncated.
        var microseconds = (long)(duration.Value * scale / 1000);
        var format = new FfprobeFormat(
            "matroska,webm",
            Seconds(start, scale),
            (microseconds / 1e6).ToString("F6", CultureInfo.InvariantCulture),
            fileSize.ToString(CultureInfo.InvariantCulture),
            ((long)(fileSize * 8.0 * 1e6 / microseconds)).ToString(CultureInfo.InvariantCulture),
            tagged.Global);
        return new FfprobeOutput(streams, format);
    }

    private static (ulong Scale, double? Duration) ReadInfo(ReadOnlySpan<byte> info)
    {
        ulong scale = 1_000_000;
        double? duration = null;
        var reader = new EbmlBufferReader(info, 0);
        while (reader.TryReadHeader(out var field))
        {
            switch (field.Id)
            {
                case TimecodeScaleId: scale = reader.ReadUnsigned(field); break;
                case DurationId: duration = Ebml.Float(reader.Data(field)); break;
            }

            reader.Skip(field);
        }

        return scale == 0 ? throw new KeyframeIndexException("TimecodeScale is zero.") : (scale, duration);
    }

    private static FfprobeStream? Describe(MatroskaTrack track, int index, Dictionary<string, string> tags, MatroskaFirstBlocks.FirstBlock? block, ulong scale)
    {
        var disposition = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["default"] = track.IsDefault ? 1 : 0,
            ["forced"] = track.IsForced ? 1 : 0,
        };
        var startTime = block is null ? null : Seconds(block.Timestamp, scale);
        return track.Type switch
        {
            MatroskaTrack.VideoType => Video(track, index, tags, disposition, startTime),
            MatroskaTrack.AudioType => Audio(track, index, tags, disposition, startTime, block),
            MatroskaTrack.SubtitleType when SubtitleCodecs.TryGetValue(track.CodecId, out var codec) =>
                new FfprobeStream(index, codec, "subtitle", null, null, null, null, null, null, null, null, null, disposition, tags, null, startTime),
            _ => null,
        };
    }

    private static FfprobeStream? Video(MatroskaTrack track, int index, Dictionary<string, string> tags, Dictionary<string, int> disposition, string? startTime)
    {
        var (codec, config) = track.CodecId switch
        {
            "V_MPEG4/ISO/AVC" => ("h264", AvcConfig.Parse(track.CodecPrivate)),
            "V_MPEGH/ISO/HEVC" => ("hevc", HevcConfig.Parse(track.CodecPrivate, track.FullRange)),
            _ => ("", null),
        };
        if (config is null || track.DefaultDuration is not { } frameDuration || frameDuration == 0 || track.PixelWidth == 0 || track.PixelHeight == 0)
        {
            return null;
        }

        var rate = FrameRates.FromFrameDuration(frameDuration);
        return new FfprobeStream(
            index, codec, "video", config.Profile, config.Level, (int)track.PixelWidth, (int)track.PixelHeight, config.PixelFormat,
            rate, rate, null, null, disposition, tags, null, startTime);
    }

    private static FfprobeStream? Audio(
        MatroskaTrack track, int index, Dictionary<string, string> tags, Dictionary<string, int> disposition, string? startTime, MatroskaFirstBlocks.FirstBlock? block)
    {
        string? profile = null;
        long? bitRate = null;
        string codec;
        switch (track.CodecId)
        {
            case "A_AAC":
                codec = "aac";
                profile = AudioCodecConfig.AacProfile(track.CodecPrivate);
                if (profile is null)
                {
                    return null;
                }

                break;
            case "A_AC3" or "A_EAC3":
                codec = track.CodecId == "A_AC3" ? "ac3" : "eac3";
                bitRate = DolbyBitRate(track, block);
                if (bitRate is null)
                {
                    return null; // ffprobe reads it from the first frame
                }

                break;
            case "A_OPUS": codec = "opus"; break;
            case "A_FLAC": codec = "flac"; break;
            default: return null;
        }

        return new FfprobeStream(
            index, codec, "audio", profile, null, null, null, null, null, null,
            bitRate?.ToString(CultureInfo.InvariantCulture), (int)track.Channels, disposition, tags,
            ((int)track.SamplingFrequency).ToString(CultureInfo.InvariantCulture), startTime);
    }

    private static long? DolbyBitRate(MatroskaTrack track, MatroskaFirstBlocks.FirstBlock? block)
    {
        if (block is null || track.OtherEncoding)
        {
            return null;
        }

        var frame = track.StrippedHeader is { } stripped ? [.. stripped, .. block.Payload] : block.Payload;
        return AudioCodecConfig.DolbyBitRate(frame);
    }

    private static string Seconds(long timestamp, ulong scale) =>
        (timestamp * (double)scale / 1e9).ToString("F6", CultureInfo.InvariantCulture);
}
