using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

/// <summary>How a release would reach the client, judged from its name with the rule sessions apply to the
/// probed file (<see cref="ClientProfile"/>, <see cref="PlaybackPaths"/>). A name that does not say its video
/// codec is taken as H.264 (what untagged releases nearly always carry), audio it does not name as playable.</summary>
public sealed record ReleasePlayback(PlaybackPath Path, bool VideoCodecKnown, bool AudioCodecKnown)
{
    public static ReleasePlayback For(ParsedRelease release, ClientProfile client)
    {
        var quality = release.Quality;
        var videoCodec = VideoCodecName(quality.VideoCodec);
        var video = client.PlaysVideo(videoCodec ?? ClientCodecs.H264, quality.BitDepth);
        var audio = quality.Audio.All(track => AudioCodecName(track) is not { } codec || client.PlaysAudio(codec));
        var audioKnown = quality.Audio.Any(track => AudioCodecName(track) is not null);
        return new ReleasePlayback(PlaybackPaths.Of(video, audio), quality.VideoCodec is not null, audioKnown);
    }

    /// <summary>For ranking: direct play the name vouches for, then remux (or audio the name does not tell),
    /// then a video codec the name does not tell, then transcode.</summary>
    internal int Score => this switch
    {
        { Path: PlaybackPath.Transcode } => 3,
        { VideoCodecKnown: false } => 2,
        { Path: PlaybackPath.Remux } or { AudioCodecKnown: false } => 1,
        _ => 0,
    };

    // The parser's names ("H.265") in ffprobe's spelling ("hevc"); null when the name gives none, "other" when no browser plays it.
    private static string? VideoCodecName(string? parsed) => parsed switch
    {
        null => null,
        VideoCodec.H264 => ClientCodecs.H264,
        VideoCodec.H265 => ClientCodecs.Hevc,
        VideoCodec.Av1 => ClientCodecs.Av1,
        _ => "other",
    };

    // "EAC3 5.1", "TrueHD Atmos 7.1", "AAC": the codec word, in ffprobe's spelling; null for a bare "Atmos".
    private static string? AudioCodecName(string track) => track.Split(' ', 2)[0] switch
    {
        "Atmos" => null,
        var codec => codec.ToLowerInvariant(),
    };
}
