namespace ProStream.Server.Releases.Prowlarr;

/// <summary>Settings under <c>Prowlarr:</c>; both URL and key are needed for releases to work.</summary>
public sealed class ProwlarrOptions
{
    public const string Section = "Prowlarr";

    /// <summary>Prowlarr's root, including any URL base, e.g. <c>http://prowlarr:9696</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The whole budget of one call, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => BaseUri is not null && !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary><see cref="BaseUrl"/> with a trailing slash, so relative paths keep a URL base.</summary>
    public Uri? BaseUri =>
        Uri.TryCreate(BaseUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    internal static bool IsValid(ProwlarrOptions options) =>
        (string.IsNullOrWhiteSpace(options.BaseUrl) || options.BaseUri is not null)
        && options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromMinutes(5);
}
