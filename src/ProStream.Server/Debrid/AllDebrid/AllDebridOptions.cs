namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>Settings under <c>AllDebrid:</c>; without <see cref="ApiKey"/> debrid answers 503.</summary>
public sealed class AllDebridOptions
{
    public const string Section = "AllDebrid";

    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.alldebrid.com";

    /// <summary>Sent as <c>agent=</c>; no longer required by AllDebrid, harmless and polite.</summary>
    public string Agent { get; set; } = "ProStream";

    /// <summary>
    /// Outbound proxy for AllDebrid only (e.g. <c>http://user:pass@home-proxy:3128</c>): AllDebrid
    /// refuses uploads and unlocks from datacenter IP addresses (<c>NO_SERVER</c>).
    /// </summary>
    public string? Proxy { get; set; }

    /// <summary>The whole budget of one call, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause between two status checks while waiting for a magnet or a delayed link.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait for a magnet to become ready before giving up (playback).</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many of a release list's best releases (with an info-hash) are checked for instant
    /// availability; 0 turns the check off.</summary>
    public int InstantCandidates { get; set; } = 10;

    /// <summary>How long a release search waits for the instant checks; what is not known by then is null
    /// (the checks finish in the background, fill the cache and remove their not-ready uploads).</summary>
    public TimeSpan InstantDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Instant checks: AllDebrid requests in flight at once, and requests per second (AllDebrid allows
    /// 12/s and 600/min for the whole account, playback included).</summary>
    public int InstantConcurrency { get; set; } = 3;

    public int InstantRequestsPerSecond { get; set; } = 4;

    /// <summary>How long "instant" is remembered for an info-hash.</summary>
    public TimeSpan InstantCacheDuration { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long "not instant" is remembered (someone may have AllDebrid download it meanwhile).</summary>
    public TimeSpan NotInstantCacheDuration { get; set; } = TimeSpan.FromMinutes(20);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");

    public Uri? ProxyUri => Uri.TryCreate(Proxy, UriKind.Absolute, out var uri) ? uri : null;

    internal static bool IsValid(AllDebridOptions o) =>
        Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUri) && baseUri.Scheme is "http" or "https"
        && (string.IsNullOrWhiteSpace(o.Proxy) || o.ProxyUri is { Scheme: "http" or "https" or "socks5" or "socks4" or "socks4a" })
        && !string.IsNullOrWhiteSpace(o.Agent)
        && o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(5)
        && o.PollInterval > TimeSpan.Zero && o.ReadyTimeout >= TimeSpan.Zero
        && o.InstantCandidates is >= 0 and <= 50
        && o.InstantDeadline > TimeSpan.Zero && o.InstantDeadline <= TimeSpan.FromMinutes(1)
        && o.InstantConcurrency is >= 1 and <= 10 && o.InstantRequestsPerSecond is >= 1 and <= 12
        && o.InstantCacheDuration > TimeSpan.Zero && o.NotInstantCacheDuration > TimeSpan.Zero;
}
