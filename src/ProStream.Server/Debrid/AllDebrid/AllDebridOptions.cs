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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");

    public Uri? ProxyUri => Uri.TryCreate(Proxy, UriKind.Absolute, out var uri) ? uri : null;

    internal static bool IsValid(AllDebridOptions o) =>
        Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUri) && baseUri.Scheme is "http" or "https"
        && (string.IsNullOrWhiteSpace(o.Proxy) || o.ProxyUri is { Scheme: "http" or "https" or "socks5" or "socks4" or "socks4a" })
        && !string.IsNullOrWhiteSpace(o.Agent)
        && o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(5)
        && o.PollInterval > TimeSpan.Zero && o.ReadyTimeout >= TimeSpan.Zero;
}
