using System.Globalization;

namespace ProStream.Server.Playback.Planning;

/// <summary>RFC 6381 codec strings for the HLS <c>CODECS</c> attribute, from ffprobe's codec/profile/level.</summary>
public static class CodecStrings
{
    /// <summary>avc1.PPCCLL: profile_idc, constraint flags, level_idc (ffprobe's level is level_idc, e.g. 31).</summary>
    public static string Avc(string? profile, int? level)
    {
        var (profileIdc, constraints) = profile?.ToUpperInvariant() switch
        {
            "CONSTRAINED BASELINE" => (66, 0xE0),
            "BASELINE" => (66, 0x00),
            "MAIN" => (77, 0x40),
            "EXTENDED" => (88, 0x00),
            "HIGH 10" or "HIGH 10 INTRA" => (110, 0x00),
            "HIGH 4:2:2" or "HIGH 4:2:2 INTRA" => (122, 0x00),
            "HIGH 4:4:4 PREDICTIVE" or "HIGH 4:4:4 INTRA" => (244, 0x00),
            _ => (100, 0x00),
        };
        var levelIdc = level is > 0 and < 256 ? level.Value : 40;
        return string.Create(CultureInfo.InvariantCulture, $"avc1.{profileIdc:X2}{constraints:X2}{levelIdc:X2}");
    }

    /// <summary>hvc1.P.C.TL.B0; ffprobe's HEVC level is general_level_idc (30 × level, e.g. 120 for 4.0).</summary>
    public static string Hevc(string? profile, int? level)
    {
        var (profileIdc, compatibility) = profile?.ToUpperInvariant() switch
        {
            "MAIN 10" => (2, 4),
            "REXT" => (4, 16),
            _ => (1, 6),
        };
        var levelIdc = level is > 0 and < 256 ? level.Value : 120;
        return string.Create(CultureInfo.InvariantCulture, $"hvc1.{profileIdc}.{compatibility:X}.L{levelIdc}.B0");
    }

    public static string Aac(string? profile) => profile?.ToUpperInvariant() switch
    {
        "HE-AAC" => "mp4a.40.5",
        "HE-AACV2" => "mp4a.40.29",
        _ => "mp4a.40.2",
    };

    /// <summary>The codec string of a source stream that is copied; null when HLS cannot carry it as is.</summary>
    public static string? ForCopiedStream(string codec, string? profile, int? level) => codec switch
    {
        "h264" => Avc(profile, level),
        "hevc" => Hevc(profile, level),
        "aac" => Aac(profile),
        "ac3" => "ac-3",
        "eac3" => "ec-3",
        _ => null,
    };
}
