using System.Globalization;
using System.Text.Json;

namespace ProStream.Server.Playback.Probing;

/// <summary>Turns ffprobe's JSON into a <see cref="MediaProbe"/>.</summary>
public static class FfprobeOutputParser
{
    private static readonly HashSet<string> BitmapSubtitleCodecs =
        new(["hdmv_pgs_subtitle", "dvd_subtitle", "dvb_subtitle", "dvb_teletext", "xsub"], StringComparer.Ordinal);

    public static MediaProbe Parse(string json)
    {
        FfprobeOutput? output;
        try
        {
            output = JsonSerializer.Deserialize(json, FfprobeJsonContext.Default.FfprobeOutput);
        }
        catch (JsonException e)
        {
            throw new MediaProbeException("ffprobe output is not valid JSON.", e);
        }

        return FromOutput(output);
    }

    /// <summary>The same reduction for ffprobe's model built in-process from the container's headers.</summary>
    internal static MediaProbe FromOutput(FfprobeOutput? output)
    {
        var format = output?.Format ?? throw new MediaProbeException("ffprobe reported no container format.");
        var streams = output.Streams ?? [];
        var duration = ParseDouble(format.Duration);
        if (duration is not > 0)
        {
            throw new MediaProbeException("The source has no known duration.");
        }

        var video = streams
            .Where(s => s.CodecType == "video" && !IsAttachedPicture(s) && s.Width > 0 && s.Height > 0)
            .Select(s => ToVideo(s, format))
            .FirstOrDefault();
        var audio = streams.Where(s => s.CodecType == "audio" && s.CodecName is not null).Select(ToAudio).ToArray();
        if (video is null && audio.Length == 0)
        {
            throw new MediaProbeException("The source has neither a video nor an audio stream.");
        }

        var subtitles = streams.Where(s => s.CodecType == "subtitle" && s.CodecName is not null).Select(ToSubtitle).ToArray();

        return new MediaProbe(
            format.FormatName ?? "unknown",
            ParseDouble(format.StartTime) ?? 0,
            duration.Value,
            ParseLong(format.BitRate),
            ParseLong(format.Size),
            video,
            audio,
            subtitles);
    }

    private static VideoStreamInfo ToVideo(FfprobeStream s, FfprobeFormat format) => new(
        s.Index,
        s.CodecName ?? "unknown",
        s.Profile,
        s.Level is > 0 ? s.Level : null,
        s.Width ?? 0,
        s.Height ?? 0,
        ParseLong(s.BitRate) ?? ParseLong(Tag(s, "BPS")),
        s.PixelFormat,
        ParseRate(s.AverageFrameRate) ?? ParseRate(s.RealFrameRate),
        ParseDouble(s.StartTime),
        VideoEnd(s, format));

    private static AudioStreamInfo ToAudio(FfprobeStream s) => new(
        s.Index,
        s.CodecName!,
        s.Profile,
        s.Channels ?? 2,
        Language(s),
        Tag(s, "title"),
        IsDefault(s),
        ParseLong(s.BitRate) ?? ParseLong(Tag(s, "BPS")),
        (int?)ParseLong(s.SampleRate));

    private static SubtitleStreamInfo ToSubtitle(FfprobeStream s) => new(
        s.Index,
        s.CodecName!,
        Language(s),
        Tag(s, "title"),
        IsDefault(s),
        !BitmapSubtitleCodecs.Contains(s.CodecName!),
        HasDisposition(s, "forced"));

    // The video's end: its own duration (MP4), else Matroska's DURATION tag. ffmpeg's Matroska muxer
    // writes the track's end timestamp there, mkvmerge the track's length (it starts tracks at 0).
    private static double? VideoEnd(FfprobeStream s, FfprobeFormat format)
    {
        var start = ParseDouble(s.StartTime) ?? 0;
        if (ParseDouble(s.Duration) is { } duration && duration > 0)
        {
            return start + duration;
        }

        if (ParseClock(Tag(s, "DURATION")) is not { } tagged || tagged <= 0)
        {
            return null;
        }

        var writtenByFfmpeg = format.Tags is not null && format.Tags.Any(t =>
            t.Key.Equals("encoder", StringComparison.OrdinalIgnoreCase) && t.Value.StartsWith("Lavf", StringComparison.Ordinal));
        return writtenByFfmpeg ? tagged : start + tagged;
    }

    private static bool IsAttachedPicture(FfprobeStream s) => HasDisposition(s, "attached_pic");

    private static bool IsDefault(FfprobeStream s) => HasDisposition(s, "default");

    private static bool HasDisposition(FfprobeStream s, string name) =>
        s.Disposition is not null && s.Disposition.TryGetValue(name, out var v) && v == 1;

    // "01:23:45.678000000": hours, minutes and fractional seconds.
    private static double? ParseClock(string? value)
    {
        var parts = value?.Split(':');
        if (parts is not [var h, var m, var sec]
            || !int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || ParseDouble(sec) is not { } seconds)
        {
            return null;
        }

        return (hours * 3600) + (minutes * 60) + seconds;
    }

    private static string? Language(FfprobeStream s) => Tag(s, "language") is { } l && l != "und" ? l : null;

    private static string? Tag(FfprobeStream s, string name)
    {
        if (s.Tags is null)
        {
            return null;
        }

        foreach (var (key, value) in s.Tags)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static double? ParseDouble(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    private static long? ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && l > 0 ? l : null;

    private static double? ParseRate(string? value)
    {
        var parts = value?.Split('/');
        if (parts is not [var n, var d])
        {
            return null;
        }

        var num = ParseDouble(n);
        var den = ParseDouble(d);
        return num > 0 && den > 0 ? num / den : null;
    }
}
