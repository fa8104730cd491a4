using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Resolution, source, codec, HDR and bit depth from the part of a name after the title.</summary>
internal static partial class QualityParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static ReleaseQuality Parse(string tags, bool isEpisodic) => new()
    {
        Resolution = ParseResolution(tags),
        Source = ParseSource(tags, isEpisodic),
        VideoCodec = ParseCodec(tags),
        Hdr = ParseHdr(tags),
        BitDepth = ParseBitDepth(tags),
        Audio = AudioParser.Parse(tags),
    };

    private static int? ParseResolution(string tags)
    {
        int? fallback = null;
        foreach (Match m in ResolutionRegex().Matches(tags))
        {
            if (m.Groups["height"].Success)
                return int.Parse(m.Groups["height"].ValueSpan, provider: null);
            fallback ??= m.Groups["uhd"].Success ? 2160 : 1080;
        }
        return fallback;
    }

    // Low-quality sources first: a name saying both "HDCAM" and "WEB" must not pass as a WEB release.
    private static readonly string[] SourcePriority =
    [
        "cam", "ts", "tc", "scr", "remux", "disc", "bluray", "webdl", "webrip", "hdtv", "dvd", "service",
    ];

    private static string? ParseSource(string tags, bool isEpisodic)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SourceRegex().Matches(tags))
        {
            var name = SourcePriority.First(n => m.Groups[n].Success);
            // "S01.COMPLETE.BluRay" is a complete season from Blu-ray; only films ship as "COMPLETE.BLURAY" disc images.
            if (name == "disc" && isEpisodic && m.Value.StartsWith("COMPLETE", StringComparison.OrdinalIgnoreCase))
                name = "bluray";
            found.Add(name);
        }

        var best = SourcePriority.FirstOrDefault(found.Contains);
        return best switch
        {
            "cam" => ReleaseSource.Cam,
            "ts" => ReleaseSource.Telesync,
            "tc" => ReleaseSource.Telecine,
            "scr" => ReleaseSource.Screener,
            "remux" => ReleaseSource.Remux,
            "disc" => ReleaseSource.DiscImage,
            "bluray" => ReleaseSource.BluRay,
            "webdl" or "service" => ReleaseSource.WebDl,
            "webrip" => ReleaseSource.WebRip,
            "hdtv" => ReleaseSource.Hdtv,
            "dvd" => ReleaseSource.Dvd,
            _ => null,
        };
    }

    private static string? ParseCodec(string tags)
    {
        var m = CodecRegex().Match(tags);
        if (!m.Success)
            return null;
        if (m.Groups["h264"].Success) return VideoCodec.H264;
        if (m.Groups["h265"].Success) return VideoCodec.H265;
        if (m.Groups["av1"].Success) return VideoCodec.Av1;
        if (m.Groups["vp9"].Success) return VideoCodec.Vp9;
        if (m.Groups["xvid"].Success) return VideoCodec.XviD;
        if (m.Groups["divx"].Success) return VideoCodec.DivX;
        if (m.Groups["mpeg2"].Success) return VideoCodec.Mpeg2;
        return VideoCodec.Vc1;
    }

    private static List<string> ParseHdr(string tags)
    {
        var formats = new List<string>();
        foreach (Match m in HdrRegex().Matches(tags))
        {
            var format = m.Groups["plus"].Success ? HdrFormat.Hdr10Plus
                : m.Groups["hdr10"].Success ? HdrFormat.Hdr10
                : m.Groups["dv"].Success ? HdrFormat.DolbyVision
                : HdrFormat.Hlg;
            if (!formats.Contains(format))
                formats.Add(format);
        }
        return formats;
    }

    private static int? ParseBitDepth(string tags)
    {
        var m = BitDepthRegex().Match(tags);
        if (!m.Success)
            return null;
        return m.Groups["depth"].Success ? int.Parse(m.Groups["depth"].ValueSpan, provider: null) : 10;
    }

    [GeneratedRegex(Start + @"(?:(?<height>2160|1080|720|576|480)[pi]|(?:3840|4096|1920|1280|1024|720|640)x(?<height>2160|1080|720|576|480)|(?<uhd>4K|UHD)|(?<fhd>FHD|Full[ ._-]?HD))" + End, Options, TimeoutMs)]
    private static partial Regex ResolutionRegex();

    // Alternatives are tried left to right at each position: longer forms (WEBRip, WEB-DL) come before bare WEB.
    [GeneratedRegex(Start + @"(?:" +
        @"(?<cam>(?:HD|NEW)?" + Sep + @"CAM(?:" + Sep + @"Rip)?)" +
        @"|(?<ts>(?:HD" + Sep + @")?(?:TS|TELESYNC)(?:" + Sep + @"Rip)?|PDVD)" +
        @"|(?<tc>(?:HD" + Sep + @")?(?:TC|TELECINE))" +
        @"|(?<scr>(?:(?:DVD|BD|WEB)" + Sep + @")?SCR(?:EENER)?)" +
        @"|(?<remux>(?:BD|UHD)?" + Sep + @"REMUX)" +
        @"|(?<disc>COMPLETE" + Sep + @"(?:UHD" + Sep + @")?BLU" + Sep + @"RAY|BD(?:25|50|66|100)|DVD(?:5|9|R)|BDMV|VIDEO[ ._-]TS|ISO|IMG)" +
        @"|(?<bluray>BLU" + Sep + @"RAY|B[DR]" + Sep + @"RIP|BDMux)" +
        @"|(?<webrip>WEB" + Sep + @"RIP|HD" + Sep + @"RIP)" +
        @"|(?<webdl>WEB" + Sep + @"DL|WEB(?:" + Sep + @"HD)?)" +
        @"|(?<hdtv>(?:HD|PD|SD)TV(?:" + Sep + @"RIP)?|TV" + Sep + @"RIP|SAT" + Sep + @"RIP|DSR(?:IP)?)" +
        @"|(?<dvd>DVD(?:" + Sep + @"RIP)?)" +
        @"|(?<service>AMZN|NF|DSNP|ATVP|HMAX|HULU|PCOK|PMTP|CRAV|STAN)" +
        @")" + End, Options, TimeoutMs)]
    private static partial Regex SourceRegex();

    [GeneratedRegex(Start + @"(?:(?<h264>[xh]" + Sep + @"264|AVC)|(?<h265>[xh]" + Sep + @"265|HEVC)|(?<av1>AV1)|(?<vp9>VP9)|(?<xvid>XviD)|(?<divx>DivX)|(?<mpeg2>MPEG" + Sep + @"2)|(?<vc1>VC" + Sep + @"1))" + End, Options, TimeoutMs)]
    private static partial Regex CodecRegex();

    [GeneratedRegex(Start + @"(?:(?<plus>HDR10(?:\+|Plus|P))|(?<hdr10>HDR(?:10)?)|(?<dv>DV|DoVi|Dolby" + Sep + @"Vision)|(?<hlg>HLG))(?![\p{L}\p{N}+])", Options, TimeoutMs)]
    private static partial Regex HdrRegex();

    [GeneratedRegex(Start + @"(?:(?<depth>8|10|12)" + Sep + @"bits?|Hi10P?)" + End, Options, TimeoutMs)]
    private static partial Regex BitDepthRegex();
}
