namespace ProStream.Server.Hosting.RateLimiting;

/// <summary>Settings under <c>RateLimiting:</c>. Each policy is a fixed window per user (per IP when anonymous).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Every API request not covered by a stricter policy.</summary>
    public WindowLimit Global { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Login and registration: brute-force protection, always per IP.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Creating playback sessions (each starts ffmpeg).</summary>
    public WindowLimit Sessions { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Playlists and segments: a player asks for one every few seconds, seeks ask for bursts.</summary>
    public WindowLimit Segments { get; set; } = new() { PermitLimit = 2000, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Proxies whose <c>X-Forwarded-For</c> is believed (IP addresses or CIDR ranges). Empty: the header is ignored.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
