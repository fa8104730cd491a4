namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>Reads an <c>avcC</c> record (ISO/IEC 14496-15) and its first SPS the way ffmpeg's H.264 decoder reports them.</summary>
internal static class AvcConfig
{
    private static readonly HashSet<uint> HighProfiles = [100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135];

    /// <summary>Null when the record is malformed or names something ffprobe would describe differently.</summary>
    public static VideoCodecConfig? Parse(ReadOnlySpan<byte> avcC)
    {
        if (avcC.Length < 8 || avcC[0] != 1 || (avcC[5] & 0x1F) == 0)
        {
            return null;
        }

        var length = (avcC[6] << 8) | avcC[7];
        if (length < 4 || avcC.Length < 8 + length)
        {
            return null;
        }

        try
        {
            return ParseSps(BitReader.Rbsp(avcC.Slice(9, length - 1)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static VideoCodecConfig? ParseSps(ReadOnlySpan<byte> sps)
    {
        var bits = new BitReader(sps);
        var profileIdc = bits.Bits(8);
        var constraints = bits.Bits(8);
        var level = (int)bits.Bits(8);
        bits.Unsigned(); // seq_parameter_set_id
        uint chroma = 1;
        uint bitDepth = 8;
        if (HighProfiles.Contains(profileIdc))
        {
            chroma = bits.Unsigned();
            if (chroma == 3)
            {
                bits.Flag(); // separate_colour_plane_flag
            }

            bitDepth = bits.Unsigned() + 8;
            bits.Unsigned(); // bit_depth_chroma_minus8
            bits.Flag(); // qpprime_y_zero_transform_bypass_flag
            if (bits.Flag())
            {
                SkipScalingMatrices(ref bits, chroma == 3 ? 12 : 8);
            }
        }

        var fullRange = ReadFullRange(ref bits);
        var profile = ProfileName(profileIdc, constraints);
        var pixelFormat = VideoCodecConfig.PixelFormatOf(chroma, bitDepth, fullRange && bitDepth == 8);
        return profile is null || pixelFormat is null ? null : new VideoCodecConfig(profile, level, pixelFormat);
    }

    // The names of libavcodec's profiles table; constraint_set1 makes Baseline "Constrained", constraint_set3 the High ones "Intra".
    private static string? ProfileName(uint profileIdc, uint constraints)
    {
        var set1 = (constraints & 0x40) != 0;
        var set3 = (constraints & 0x10) != 0;
        return profileIdc switch
        {
            66 => set1 ? "Constrained Baseline" : "Baseline",
            77 => "Main",
            88 => "Extended",
            100 => "High",
            110 => set3 ? "High 10 Intra" : "High 10",
            122 => set3 ? "High 4:2:2 Intra" : "High 4:2:2",
            244 => set3 ? "High 4:4:4 Intra" : "High 4:4:4 Predictive",
            44 => "CAVLC 4:4:4 Intra",
            _ => null,
        };
    }

    private static void SkipScalingMatrices(ref BitReader bits, int lists)
    {
        for (var i = 0; i < lists; i++)
        {
            if (!bits.Flag())
            {
                continue;
            }

            var size = i < 6 ? 16 : 64;
            int last = 8, next = 8;
            for (var j = 0; j < size; j++)
            {
                if (next != 0)
                {
                    next = (last + bits.Signed() + 256) % 256;
                }

                last = next == 0 ? last : next;
            }
        }
    }

    // Walks the rest of the SPS up to the VUI's video_full_range_flag (ffmpeg names 8-bit full range "yuvj…").
    private static bool ReadFullRange(ref BitReader bits)
    {
        bits.Unsigned(); // log2_max_frame_num_minus4
        var pocType = bits.Unsigned();
        if (pocType == 0)
        {
            bits.Unsigned();
        }
        else if (pocType == 1)
        {
            bits.Flag();
            bits.Signed();
            bits.Signed();
            var cycle = bits.Unsigned();
            for (var i = 0; i < cycle && i < 256; i++)
            {
                bits.Signed();
            }
        }

        bits.Unsigned(); // max_num_ref_frames
        bits.Flag(); // gaps_in_frame_num_value_allowed_flag
        bits.Unsigned(); // pic_width_in_mbs_minus1
        bits.Unsigned(); // pic_height_in_map_units_minus1
        if (!bits.Flag())
        {
            bits.Flag(); // mb_adaptive_frame_field_flag
        }

        bits.Flag(); // direct_8x8_inference_flag
        if (bits.Flag())
        {
            for (var i = 0; i < 4; i++)
            {
                bits.Unsigned(); // frame_crop offsets
            }
        }

        if (!bits.Flag())
        {
            return false; // no VUI
        }

        if (bits.Flag() && bits.Bits(8) == 255)
        {
            bits.Bits(32); // sar_width, sar_height
        }

        if (bits.Flag())
        {
            bits.Flag(); // overscan_appropriate_flag
        }

        if (!bits.Flag())
        {
            return false; // no video_signal_type
        }

        bits.Bits(3); // video_format
        return bits.Flag();
    }
}
