using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Cluster;

/// <summary>
/// What any instance needs to rebuild a session: the validated source URL, the player's profile, the owner,
/// the file token and the start position. Stored in Redis as JSON while the session lives.
/// </summary>
public sealed record SessionDescription(
    Guid Id,
    Guid OwnerId,
    string Token,
    Uri Url,
    double StartPosition,
    string[] Codecs,
    bool Multichannel,
    bool NativeHls,
    PlayedTitle? Title)
{
    public static SessionDescription From(Guid id, Guid ownerId, string token, SessionRequest request) =>
        new(id, ownerId, token, request.Url, request.StartPosition, [.. request.Client.Codecs],
            request.Client.Multichannel, request.Client.NativeHls, request.Label);

    public SessionRequest ToRequest() =>
        new(Url, StartPosition, new ClientProfile(Codecs, Multichannel, NativeHls), Title);
}

/// <summary>A session known to the cluster and who runs it now (null holder: nobody, it may be taken over).</summary>
public sealed record SessionLocation(SessionDescription Description, string? Holder, Uri? HolderAddress);

/// <summary>Why the cluster refused a new session.</summary>
public enum ClusterReservation
{
    Reserved,
    ServerFull,
    UserFull,
}
