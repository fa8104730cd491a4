using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Probing;

namespace ProStream.Server.Playback.Planning;

/// <summary>Decides, from the probe and the client's profile, what is copied and what is re-encoded.</summary>
public static class RenditionPlanner
{
    /// <summary>Whether the client plays the source's video as is (codec, bit depth, chroma); copying also
    /// needs a keyframe index, which the caller reads only when this is true.</summary>
    public static bool CanCopyVideo(VideoStreamInfo video, ClientProfile client) =>
        client.PlaysVideo(video.Codec, PixelFormats.BitDepth(video.PixelFormat), PixelFormats.IsChroma420(video.PixelFormat));

    /// <param name="probe">The probed source.</param>
    /// <param name="client">What the client plays.</param>
    /// <param name="remux">Whether the video may be copied: the caller has a keyframe index and <see cref="CanCopyVideo"/> allowed it.</param>
    public static RenditionPlan Plan(MediaProbe probe, ClientProfile client, bool remux)
    {
        var source = probe.Video ?? throw new MediaProbeException("The source has no video stream.");
        var video = remux ? CopiedVideo(probe, source) : TranscodedVideo(source);

        var defaultTrack = probe.Audio.FirstOrDefault(a => a.IsDefault) ?? probe.Audio.FirstOrDefault();
        var audio = probe.Audio
            .Select((a, number) => ToAudio(a, number, a == defaultTrack, client))
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
        return new VideoRendition(source.Index, true, CodecStrings.ForCopiedVideo(source), source.Width, source.Height, source.FrameRate, peak);
    }

    private static VideoRendition TranscodedVideo(VideoStreamInfo source)
    {
        var (width, height) = TranscodeProfile.OutputSize(source.Width, source.Height);
        return new VideoRendition(
            source.Index, false, TranscodeProfile.VideoCodecString(source.FrameRate), width, height, source.FrameRate,
            TranscodeProfile.MaxVideoBitRate(height));
    }

    private static AudioRendition ToAudio(AudioStreamInfo a, int number, bool isDefault, ClientProfile client)
    {
        var copiedCodec = client.PlaysAudio(a.Codec) ? CodecStrings.ForCopiedAudio(a.Codec, a.Profile) : null;
        var name = a.Title ?? LanguageNames.ToName(a.Language) ?? $"Audio {number + 1}";
        var (language, copy) = (LanguageNames.ToTag(a.Language), copiedCodec is not null);
        if (copy)
        {
            return new AudioRendition(number, a.Index, true, copiedCodec!, a.Channels, language, name, isDefault, a.BitRate ?? DefaultBitRate(a.Codec));
        }

        var channels = client.TranscodedChannels(a.Channels);
        return new AudioRendition(
            number, a.Index, false, CodecStrings.Aac("LC"), channels, language, name, isDefault, TranscodeProfile.AudioBitRate(channels));
    }

    private static long DefaultBitRate(string codec) => codec switch
    {
        "ac3" => 448_000,
        "eac3" => 640_000,
        "flac" => 1_500_000,
        _ => 192_000,
    };
}
