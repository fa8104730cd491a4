using System.ComponentModel.DataAnnotations;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Endpoints;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Server.Play;

/// <summary>"Play this title": a film, or an episode (<see cref="Season"/> and <see cref="Episode"/> together).</summary>
public sealed record PlayRequest(
    [property: Required, Range(1, int.MaxValue)] int? TmdbId,
    [property: Required] MediaType? Type,
    [property: Range(0, 1000)] int? Season,
    [property: Range(0, 100_000)] int? Episode,
    [property: StringLength(64)] string? ReleaseId,
    [property: Range(0, 1_000_000)] double? StartPosition,
    [property: MaxLength(ClientProfileRequest.MaxCodecs)] IReadOnlyList<string>? ClientCodecs,
    bool? Multichannel = null,
    bool? NativeHls = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type == MediaType.Movie && (Season is not null || Episode is not null))
            yield return new ValidationResult("'season' and 'episode' apply to TV only.", [nameof(Season), nameof(Episode)]);
        if (Type == MediaType.Tv && (Season is null || Episode is null))
            yield return new ValidationResult("An episode needs both 'season' and 'episode'.", [nameof(Season), nameof(Episode)]);
    }
}

public sealed record PlayReleaseDto(string Id, string Title, ReleaseQuality Quality, IReadOnlyList<string> Languages, bool Multi, string Why);

public sealed record PlayFileDto(string Path, long Size);

public sealed record PlayAttemptDto(string ReleaseId, string Title, string Outcome, string Reason)
{
    public static PlayAttemptDto From(PlayAttempt a) => new(a.ReleaseId, a.Title, a.Outcome, a.Reason);
}

/// <summary>A release Play passed over before the one playing, and why, in words for the viewer.</summary>
public sealed record PlayFallbackDto(string ReleaseId, string Title, string Outcome, string Reason);

/// <summary>The session (as <c>POST /api/playback/sessions</c> answers it), what plays, what was tried, and the
/// releases passed over (<see cref="Fallbacks"/>, empty when the first choice plays).</summary>
public sealed record PlayDto(
    Guid Id,
    string Status,
    string? Error,
    string MasterPlaylistUrl,
    double Duration,
    double StartPosition,
    string Mode,
    PlaybackPath Playback,
    IReadOnlyList<AudioTrackDto> AudioTracks,
    IReadOnlyList<SubtitleDto> Subtitles,
    PlayReleaseDto Release,
    PlayFileDto File,
    IReadOnlyList<PlayAttemptDto> Attempts,
    IReadOnlyList<PlayFallbackDto> Fallbacks)
{
    public static PlayDto From(PlayStarted started, HttpRequest request)
    {
        var s = SessionDto.From(started.Session, request);
        var (release, parsed) = (started.Release.Release, started.Release.Release.Parsed);
        return new(
            s.Id, s.Status, s.Error, s.MasterPlaylistUrl, s.Duration, s.StartPosition, s.Mode, s.Playback, s.AudioTracks, s.Subtitles,
            new PlayReleaseDto(release.Id, release.Title, parsed.Quality, parsed.Languages, parsed.Multi, started.Release.Why),
            new PlayFileDto(started.File.Path, started.File.Size),
            [.. started.Attempts.Select(PlayAttemptDto.From)],
            [.. started.Attempts.Where(a => a.Outcome != PlayOutcomes.Playing).Select(a => new PlayFallbackDto(a.ReleaseId, a.Title, a.Outcome, a.Reason))]);
    }
}

/// <summary>What <see cref="PlayOrchestrator"/> started.</summary>
public sealed record PlayStarted(
    PlaybackSession Session, Releases.RankedRelease Release, Debrid.Files.TorrentFileEntry File, IReadOnlyList<PlayAttempt> Attempts);
