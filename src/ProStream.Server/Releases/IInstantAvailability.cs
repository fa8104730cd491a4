namespace ProStream.Server.Releases;

/// <summary>How long a caller waits for instant checks.</summary>
public enum InstantWait
{
    /// <summary>A release search: at most the configured deadline; what is not known by then stays unknown.</summary>
    UntilDeadline,

    /// <summary>Play: until the checks are over and their not-ready uploads removed, so that playback's own upload of
    /// the same torrent is not removed under it. Bounded by the checks' own budget.</summary>
    UntilSettled,
}

/// <summary>Whether the debrid service can stream a torrent right now ("instant"), by info-hash.</summary>
public interface IInstantAvailability
{
    /// <param name="infoHashes">lower-case hex info-hashes, best release first; only the first few are checked.</param>
    /// <param name="wait">how long to wait for checks in progress.</param>
    /// <param name="ct">the caller's cancellation.</param>
    /// <returns>What is known: true instant, false not instant; an info-hash absent from the answer is unknown.</returns>
    Task<IReadOnlyDictionary<string, bool>> CheckAsync(IReadOnlyList<string> infoHashes, InstantWait wait, CancellationToken ct);
}
