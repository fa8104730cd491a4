using System.Text.Json.Serialization;

namespace ProStream.Server.Playback.Probing;

// Wire model of `ffprobe -print_format json -show_format -show_streams`.
internal sealed record FfprobeOutput(
    [property: JsonPropertyName("streams")] IReadOnlyList<FfprobeStream>? Streams,
    [property: JsonPropertyName("format")] FfprobeFormat? Format);

internal sealed record FfprobeFormat(
    [property: JsonPropertyName("format_name")] string? FormatName,
    [property: JsonPropertyName("start_time")] string? StartTime,
    [property: JsonPropertyName("duration")] string? Duration,
    [property: JsonPropertyName("size")] string? Size,
    [property: JsonPropertyName("bit_rate")] string? BitRate,
    [property: JsonPropertyName("tags")] IReadOnlyDictionary<string, string>? Tags = null);

internal sealed record FfprobeStream(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("codec_name")] string? CodecName,
    [property: JsonPropertyName("codec_type")] string? CodecType,
    [property: JsonPropertyName("profile")] string? Profile,
    [property: JsonPropertyName("level")] int? Level,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height,
    [property: JsonPropertyName("pix_fmt")] string? PixelFormat,
    [property: JsonPropertyName("avg_frame_rate")] string? AverageFrameRate,
    [property: JsonPropertyName("r_frame_rate")] string? RealFrameRate,
    [property: JsonPropertyName("bit_rate")] string? BitRate,
    [property: JsonPropertyName("channels")] int? Channels,
    [property: JsonPropertyName("disposition")] IReadOnlyDictionary<string, int>? Disposition,
    [property: JsonPropertyName("tags")] IReadOnlyDictionary<string, string>? Tags,
    [property: JsonPropertyName("sample_rate")] string? SampleRate = null,
    [property: JsonPropertyName("start_time")] string? StartTime = null,
    [property: JsonPropertyName("duration")] string? Duration = null);

[JsonSerializable(typeof(FfprobeOutput))]
internal sealed partial class FfprobeJsonContext : JsonSerializerContext;
