namespace ProStream.Server.Releases.Parsing;

/// <summary>The values of <see cref="ReleaseQuality.Hdr"/>.</summary>
public static class HdrFormat
{
    public const string Hdr10 = "HDR10";
    public const string Hdr10Plus = "HDR10+";
    public const string DolbyVision = "DV";
    public const string Hlg = "HLG";
}
