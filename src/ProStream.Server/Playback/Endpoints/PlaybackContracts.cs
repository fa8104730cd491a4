using System.ComponentModel.DataAnnotations;
using ProStream.Server.Hosting.BasePath;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Endpoints;

public sealed record CreateSessionRequest(
    [property: Required, StringLength(4096)] string? Url,
    [property: Range(0, 1_000_000)] double? StartPosition,
    [property: MaxLength(ClientProfileRequest.MaxCodecs)] IReadOnlyList<string>? ClientCodecs,
    [property: Range(1, int.MaxValue)] int? TmdbId,
    MediaType? Type,
    [property: Range(0, 1000)] int? Season,
    [property: Range(0, 100_000)] int? Episode,
    bool? Multichannel = null,
    bool? NativeHls = null);

public sealed record ProgressRequest([property: Range(0, 1_000_000)] double Position);

public sealed record AudioTrackDto(int Index, string? Language, string Name, string Codec, int Channels);

/// <summary>A subtitle track of the source; <see cref="Reason"/> says why one is not <see cref="Available"/>.</summary>
public sealed record SubtitleDto(int Index, string? Language, string Name, string Codec, bool Available, string? Reason = null)
{
    /// <summary>Picture-based subtitles (PGS, VobSub, DVB) would have to be burnt into the video to be shown.</summary>
    public const string BitmapReason = "Picture-based subtitles (PGS, VobSub, DVB) cannot be shown as text.";
    public const string TooLargeReason = "This subtitle track is larger than the server's limit (Playback:MaxSubtitleBytes).";
}

public sealed record SessionDto(
    Guid Id,
    string Status,
    string? Error,
    string MasterPlaylistUrl,
    double Duration,
    double StartPosition,
    string Mode,
    PlaybackPath Playback,
    IReadOnlyList<AudioTrackDto> AudioTracks,
    IReadOnlyList<SubtitleDto> Subtitles)
{
    // The request answered: its base path goes into the playlist URL.
    public static SessionDto From(PlaybackSession session, HttpRequest request)
    {
        var media = session.Media;
        var audio = media.Renditions.Audio
            .Select(a => new AudioTrackDto(a.Number, a.Language, a.Name, media.Probe.Audio[a.Number].Codec, media.Probe.Audio[a.Number].Channels))
            .ToArray();
        var subtitles = new List<SubtitleDto>();
        var renditions = media.Renditions.Subtitles.GetEnumerator();
        foreach (var source in media.Probe.Subtitles)
        {
            // Text tracks map one to one, in order, to WebVTT renditions; bitmap tracks are listed but not available.
            subtitles.Add(source.IsText && renditions.MoveNext()
                ? Listed(session, renditions.Current, source.Codec)
                : new SubtitleDto(-1, source.Language, source.Title ?? source.Language ?? "Subtitles", source.Codec, false, SubtitleDto.BitmapReason));
        }

        return new SessionDto(
            session.Id,
            session.Status.ToString().ToLowerInvariant(),
            session.FailureReason,
            request.AppUrl($"/hls/{session.Id:N}/{session.Token}/master.m3u8"),
            Math.Round(media.Segments.TotalDuration, 3),
            session.StartPosition,
            media.Renditions.Mode.ToString().ToLowerInvariant(),
            media.Renditions.Path,
            audio,
            subtitles);
    }

    private static SubtitleDto Listed(PlaybackSession session, Planning.SubtitleRendition rendition, string codec) =>
        session.IsSubtitleTooLarge(rendition.Number)
            ? new SubtitleDto(rendition.Number, rendition.Language, rendition.Name, codec, false, SubtitleDto.TooLargeReason)
            : new SubtitleDto(rendition.Number, rendition.Language, rendition.Name, codec, true);
}
