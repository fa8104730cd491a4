using System.Globalization;
using ProStream.Server.Playback.Probing;

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

    /// <summary>av01.P.LLT.DD: seq_profile, seq_level_idx and tier (ffprobe gives the level index, not the
    /// tier: Main is assumed), bit depth. Without a level, one fitting the picture size is assumed.</summary>
    public static string Av1(string? profile, int? level, int? bitDepth, int height)
    {
        var profileNumber = profile?.ToUpperInvariant() switch
        {
            "HIGH" => 1,
            "PROFESSIONAL" => 2,
            _ => 0,
        };
        var levelIndex = level is >= 0 and < 32 ? level.Value : height switch
        {
            <= 720 => 5,
            <= 1080 => 8,
            _ => 12,
        };
        return string.Create(CultureInfo.InvariantCulture, $"av01.{profileNumber}.{levelIndex:D2}M.{bitDepth ?? 8:D2}");
    }

    /// <summary>The codec string of a copied video stream (one of the codecs a client may play as is).</summary>
    public static string ForCopiedVideo(VideoStreamInfo video) => video.Codec switch
    {
        "hevc" => Hevc(video.Profile, video.Level),
        "av1" => Av1(video.Profile, video.Level, PixelFormats.BitDepth(video.PixelFormat), video.Height),
        _ => Avc(video.Profile, video.Level),
    };

    /// <summary>The codec string of a copied audio stream; null when HLS cannot carry the codec as is.</summary>
    public static string? ForCopiedAudio(string codec, string? profile) => codec switch
    {
        "aac" => Aac(profile),
        "ac3" => "ac-3",
        "eac3" => "ec-3",
        "opus" => "opus",
        "flac" => "fLaC",
        _ => null,
    };
}
