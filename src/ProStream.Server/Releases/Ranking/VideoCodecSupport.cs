using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Releases.Ranking;

internal enum Playability
{
    Playable,
    Unknown,
    NeedsTranscoding,
}

/// <summary>Whether a client plays a release's video codec as is.</summary>
internal static class VideoCodecSupport
{
    public static Playability For(string? videoCodec, RankingPreferences preferences) => videoCodec switch
    {
        null => Playability.Unknown,
        VideoCodec.H264 => Playability.Playable,
        VideoCodec.H265 => preferences.ClientPlays("hevc") ? Playability.Playable : Playability.NeedsTranscoding,
        VideoCodec.Av1 => preferences.ClientPlays("av1") ? Playability.Playable : Playability.NeedsTranscoding,
        VideoCodec.Vp9 => preferences.ClientPlays("vp9") ? Playability.Playable : Playability.NeedsTranscoding,
        _ => Playability.NeedsTranscoding,
    };
}
