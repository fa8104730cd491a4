using System.Text.RegularExpressions;

namespace ProStream.Server.Catalog;

/// <summary>Settings under <c>Tmdb:</c>. Without an API key the catalogue answers 503.</summary>
public sealed partial class TmdbOptions
{
    public const string Section = "Tmdb";

    /// <summary>A v3 API key (32 hex digits, sent as <c>api_key</c>) or an API read access token (<c>eyJ…</c>, sent as Bearer).</summary>
    public string? ApiKey { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.themoviedb.org/3");

    /// <summary>Catalogue language when neither the request nor the viewer's preferences name one.</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>Image base until TMDB's <c>/configuration</c> has been read.</summary>
    public Uri ImageBaseUrl { get; set; } = new("https://image.tmdb.org/t/p/");

    /// <summary>Longest a catalogue call may take upstream, retries included; beyond it the client gets 504.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>A read access token is a JWT; everything else is a v3 key.</summary>
    public bool UsesReadAccessToken => ApiKey?.Trim().StartsWith("eyJ", StringComparison.Ordinal) == true;

    /// <summary>TMDB's language form: ISO 639-1, optionally with an ISO 3166-1 region (<c>fr</c>, <c>fr-FR</c>, <c>pt-BR</c>).</summary>
    public static bool IsLanguage(string? value) => value is not null && LanguagePattern().IsMatch(value);

    internal static IEnumerable<string> Validate(TmdbOptions options)
    {
        if (options.IsConfigured && !V3KeyPattern().IsMatch(options.ApiKey!.Trim()) && !options.UsesReadAccessToken)
        {
            yield return "Tmdb:ApiKey must be a v3 API key (32 hexadecimal characters) or an API read access token (starts with eyJ).";
        }

        if (!IsHttpUrl(options.BaseUrl))
        {
            yield return "Tmdb:BaseUrl must be an absolute http(s) URL.";
        }

        if (!IsHttpUrl(options.ImageBaseUrl))
        {
            yield return "Tmdb:ImageBaseUrl must be an absolute http(s) URL.";
        }

        if (!IsLanguage(options.Language))
        {
            yield return "Tmdb:Language must look like en-US or fr.";
        }

        if (options.Timeout < TimeSpan.FromMilliseconds(100) || options.Timeout > TimeSpan.FromMinutes(1))
        {
            yield return "Tmdb:Timeout must be between 00:00:00.1 and 00:01:00.";
        }
    }

    private static bool IsHttpUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex V3KeyPattern();

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();
}
