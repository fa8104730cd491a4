namespace ProStream.Server.Playback.Clients;

/// <summary>
/// What one player decodes, as codec names in ffprobe's spelling (<see cref="ClientCodecs"/>), whether it
/// plays more than two audio channels, and whether it has a native HLS player (Safari) rather than MSE.
/// The one value that decides both how releases rank (<see cref="PlaybackPath"/>) and what a session
/// copies or re-encodes.
/// </summary>
public sealed record ClientProfile
{
    /// <summary>A player that said nothing: what Chromium plays through MSE (H.264 and AAC, stereo).</summary>
    public static readonly ClientProfile Default = new(ClientCodecs.Baseline, multichannel: false, nativeHls: false);

    public ClientProfile(IEnumerable<string> codecs, bool multichannel, bool nativeHls)
    {
        // H.264 and AAC are what transcoding produces: every client must play them.
        Codecs = new SortedSet<string>(codecs.Where(ClientCodecs.Known.Contains).Concat(ClientCodecs.Baseline), StringComparer.Ordinal);
        Multichannel = multichannel;
        NativeHls = nativeHls;
    }

    /// <summary>Known codec names only (see <see cref="ClientCodecs.Known"/>), always with h264 and aac.</summary>
    public IReadOnlySet<string> Codecs { get; }

    /// <summary>The player outputs 5.1 (so 5.1 is kept when audio is re-encoded); otherwise audio is downmixed to stereo.</summary>
    public bool Multichannel { get; }

    /// <summary>The browser plays HLS itself (Safari) instead of through hls.js and MSE.</summary>
    public bool NativeHls { get; }

    /// <summary>Whether the player decodes this video as is: the codec, and a pixel format it handles
    /// (H.264: 8-bit 4:2:0 only; HEVC Main/Main 10 and AV1 Main: 8- or 10-bit 4:2:0).</summary>
    /// <param name="codec">ffprobe's codec name, e.g. "hevc".</param>
    /// <param name="bitDepth">Bits per sample; null when unknown (taken as 8).</param>
    /// <param name="chroma420">Whether the chroma is 4:2:0 (the only subsampling browsers decode).</param>
    public bool PlaysVideo(string codec, int? bitDepth, bool chroma420 = true) =>
        Codecs.Contains(codec) && chroma420 && (bitDepth ?? 8) <= ClientCodecs.MaxBitDepth(codec);

    /// <summary>Whether the player decodes this audio codec as is (ffprobe's name, e.g. "eac3").</summary>
    public bool PlaysAudio(string codec) => ClientCodecs.IsAudio(codec) && Codecs.Contains(codec);

    /// <summary>Channels of an AAC re-encode of a track with <paramref name="sourceChannels"/>: 5.1 kept for
    /// multichannel players (more is folded to 5.1), stereo otherwise.</summary>
    public int TranscodedChannels(int sourceChannels) =>
        Math.Max(1, Math.Min(sourceChannels, Multichannel ? ClientCodecs.MaxTranscodedChannels : 2));

    public override string ToString() =>
        string.Join(',', Codecs) + (Multichannel ? " multichannel" : "") + (NativeHls ? " native-hls" : "");
}
