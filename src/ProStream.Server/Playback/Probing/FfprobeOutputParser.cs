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

        var format = output?.Format ?? throw new MediaProbeException("ffprobe reported no container format.");
        var streams = output.Streams ?? [];
        var duration = ParseDouble(format.Duration);
        if (duration is not > 0)
        {
            throw new MediaProbeException("The source has no known duration.");
        }

        var video = streams
            .Where(s => s.CodecType == "video" && !IsAttachedPicture(s) && s.Width > 0 && s.Height > 0)
            .Select(ToVideo)
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

    private static VideoStreamInfo ToVideo(FfprobeStream s) => new(
        s.Index,
        s.CodecName ?? "unknown",
        s.Profile,
        s.Level is > 0 ? s.Level : null,
        s.Width ?? 0,
        s.Height ?? 0,
        ParseLong(s.BitRate) ?? ParseLong(Tag(s, "BPS")),
        s.PixelFormat,
        ParseRate(s.AverageFrameRate) ?? ParseRate(s.RealFrameRate));

    private static AudioStreamInfo ToAudio(FfprobeStream s) => new(
        s.Index,
        s.CodecName!,
        s.Profile,
        s.Channels ?? 2,
        Language(s),
        Tag(s, "title"),
        IsDefault(s),
        ParseLong(s.BitRate) ?? ParseLong(Tag(s, "BPS")));

    private static SubtitleStreamInfo ToSubtitle(FfprobeStream s) => new(
        s.Index,
        s.CodecName!,
        Language(s),
        Tag(s, "title"),
        IsDefault(s),
        !BitmapSubtitleCodecs.Contains(s.CodecName!));

    private static bool IsAttachedPicture(FfprobeStream s) =>
        s.Disposition is not null && s.Disposition.TryGetValue("attached_pic", out var v) && v == 1;

    private static bool IsDefault(FfprobeStream s) =>
        s.Disposition is not null && s.Disposition.TryGetValue("default", out var v) && v == 1;

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
