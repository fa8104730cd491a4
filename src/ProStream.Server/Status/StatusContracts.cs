namespace ProStream.Server.Status;

/// <summary>GET /api/admin/status: each service the server depends on, checked now.</summary>
public sealed record AdminStatusDto(DateTimeOffset CheckedAt, IReadOnlyList<ServiceStatusDto> Services);

/// <param name="Name">TMDB, Prowlarr, AllDebrid, Redis, Database or ffmpeg.</param>
/// <param name="Configured">false: the server has no settings for it (Redis is optional: memory is used instead).</param>
/// <param name="Reachable">answered this check; null when not configured.</param>
/// <param name="LatencyMs">how long this check took.</param>
/// <param name="Detail">what the check found, or how to set it up.</param>
/// <param name="LastError">the last failure a status check saw since the server started.</param>
/// <param name="LastErrorAt">when <paramref name="LastError"/> was seen.</param>
/// <param name="PremiumUntil">AllDebrid only: when the account's premium ends.</param>
public sealed record ServiceStatusDto(
    string Name,
    bool Configured,
    bool? Reachable,
    double? LatencyMs,
    string? Detail,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? PremiumUntil = null);
