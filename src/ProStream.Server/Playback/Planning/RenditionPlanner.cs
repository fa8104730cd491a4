using ProStream.Server.Playback.Probing;

namespace ProStream.Server.Playback.Planning;

/// <summary>Decides, from the probe and what the client plays, what is copied and what is re-encoded.</summary>
public static class RenditionPlanner
{
    /// <summary>What Chromium plays through MSE when the client does not say.</summary>
    public static readonly IReadOnlySet<string> DefaultClientCodecs = new HashSet<string>(["h264", "aac"], StringComparer.OrdinalIgnoreCase);

    // Segments are MPEG-TS (see docs/playback-design.md): HEVC in HLS needs fMP4, so it is always re-encoded.
    private static readonly HashSet<string> CopyableVideoCodecs = new(["h264"], StringComparer.Ordinal);
    private static readonly HashSet<string> CopyableAudioCodecs = new(["aac", "ac3", "eac3"], StringComparer.Ordinal);
    private static readonly HashSet<string> BrowserPixelFormats = new(["yuv420p", "yuvj420p"], StringComparer.Ordinal);

    public static bool CanCopyVideo(VideoStreamInfo video, IReadOnlySet<string> clientCodecs) =>
        CopyableVideoCodecs.Contains(video.Codec)
        && clientCodecs.Contains(video.Codec)
        && (video.PixelFormat is null || BrowserPixelFormats.Contains(video.PixelFormat));

    /// <param name="probe">The probed source.</param>
    /// <param name="clientCodecs">Codec names (ffprobe spelling) the client plays.</param>
    /// <param name="remux">Whether the video may be copied: the caller has a keyframe index and <see cref="CanCopyVideo"/> allowed it.</param>
    public static RenditionPlan Plan(MediaProbe probe, IReadOnlySet<string> clientCodecs, bool remux)
    {
        var source = probe.Video ?? throw new MediaProbeException("The source has no video stream.");
        var video = remux ? CopiedVideo(probe, source) : TranscodedVideo(source);

        var defaultTrack = probe.Audio.FirstOrDefault(a => a.IsDefault) ?? probe.Audio.FirstOrDefault();
        var audio = probe.Audio
            .Select((a, number) => ToAudio(a, number, a == defaultTrack, clientCodecs))
            .ToArray();

        var subtitles = probe.Subtitles
            .Where(s => s.IsText)
            .Select((s, number) => new SubtitleRendition(
                number, s.Index, LanguageNames.ToTag(s.Language), s.Title ?? LanguageNames.ToName(s.Language) ?? $"Subtitles {number + 1}", s.IsForced))
            .ToArray();

        return new RenditionPlan(remux ? PlaybackMode.Remux : PlaybackMode.Transcode, video, audio, subtitles);
    }

    private static VideoRendition CopiedVideo(MediaProbe probe, VideoStreamInfo source)
    {
        var bitRate = source.BitRate
            ?? (probe.BitRate - probe.Audio.Sum(a => a.BitRate ?? 0))
            ?? (long)(source.Width * source.Height * (source.FrameRate ?? 25) * 0.1);
        // BANDWIDTH is a peak: copied video is VBR.
        var peak = (long)(Math.Max(bitRate, 100_000) * 1.5);
        return new VideoRendition(
            source.Index, true, CodecStrings.Avc(source.Profile, source.Level), source.Width, source.Height, source.FrameRate, peak);
    }

    private static VideoRendition TranscodedVideo(VideoStreamInfo source)
    {
        var (width, height) = TranscodeProfile.OutputSize(source.Width, source.Height);
        return new VideoRendition(
            source.Index, false, TranscodeProfile.VideoCodecString(source.FrameRate), width, height, source.FrameRate,
            TranscodeProfile.MaxVideoBitRate(height));
    }

    private static AudioRendition ToAudio(AudioStreamInfo a, int number, bool isDefault, IReadOnlySet<string> clientCodecs)
    {
        var copy = CopyableAudioCodecs.Contains(a.Codec) && clientCodecs.Contains(a.Codec);
        var name = a.Title ?? LanguageNames.ToName(a.Language) ?? $"Audio {number + 1}";
        return new AudioRendition(
            number,
            a.Index,
            copy,
            copy ? CodecStrings.ForCopiedStream(a.Codec, a.Profile, null)! : CodecStrings.Aac("LC"),
            copy ? a.Channels : Math.Min(a.Channels, TranscodeProfile.AudioChannels),
            LanguageNames.ToTag(a.Language),
            name,
            isDefault,
            copy ? a.BitRate ?? DefaultBitRate(a.Codec) : TranscodeProfile.AudioBitRate);
    }

    private static long DefaultBitRate(string codec) => codec switch
    {
        "ac3" => 448_000,
        "eac3" => 640_000,
        _ => 192_000,
    };
}
