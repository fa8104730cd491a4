namespace ProStream.Server.Releases.Parsing;

/// <summary>The values of <see cref="ReleaseQuality.VideoCodec"/>.</summary>
public static class VideoCodec
{
    public const string H264 = "H.264";
    public const string H265 = "H.265";
    public const string Av1 = "AV1";
    public const string Vp9 = "VP9";
    public const string XviD = "XviD";
    public const string DivX = "DivX";
    public const string Mpeg2 = "MPEG-2";
    public const string Vc1 = "VC-1";
}
