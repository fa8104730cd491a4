namespace ProStream.Server.Releases.Parsing;

/// <summary>Technical quality of a release, as named. Strings come from <see cref="ReleaseSource"/>,
/// <see cref="VideoCodec"/> and <see cref="HdrFormat"/>; null or empty when the name says nothing.</summary>
public sealed record ReleaseQuality
{
    public static readonly ReleaseQuality Unknown = new();

    /// <summary>Vertical resolution: 480, 576, 720, 1080 or 2160.</summary>
    public int? Resolution { get; init; }

    public string? Source { get; init; }

    public string? VideoCodec { get; init; }

    public IReadOnlyList<string> Hdr { get; init; } = [];

    public int? BitDepth { get; init; }

    /// <summary>Audio tracks as "codec[ Atmos][ channels]", e.g. "EAC3 5.1", "TrueHD Atmos 7.1", "AAC".</summary>
    public IReadOnlyList<string> Audio { get; init; } = [];
}
