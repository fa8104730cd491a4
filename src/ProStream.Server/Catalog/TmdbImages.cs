using ProStream.Server.Catalog.Wire;

namespace ProStream.Server.Catalog;

/// <summary>
/// Turns TMDB image paths (<c>/abc.jpg</c>) into absolute URLs: base from TMDB's
/// <c>/configuration</c>, one size per kind of picture (the preferred one when TMDB lists it,
/// else <c>original</c>).
/// </summary>
public sealed record TmdbImages(string BaseUrl, string PosterSize, string BackdropSize, string ProfileSize, string StillSize)
{
    public const string PreferredPoster = "w500";
    public const string PreferredBackdrop = "w1280";
    public const string PreferredProfile = "w185";
    public const string PreferredStill = "w300";

    public static TmdbImages WithBase(Uri baseUrl) =>
        new(WithTrailingSlash(baseUrl.ToString()), PreferredPoster, PreferredBackdrop, PreferredProfile, PreferredStill);

    internal static TmdbImages From(TmdbConfiguration? configuration, Uri fallbackBase)
    {
        var images = configuration?.Images;
        var reported = images?.SecureBaseUrl ?? images?.BaseUrl;
        var baseUrl = Uri.TryCreate(reported, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http"
            ? parsed.ToString()
            : fallbackBase.ToString();
        return new(
            WithTrailingSlash(baseUrl),
            Pick(PreferredPoster, images?.PosterSizes),
            Pick(PreferredBackdrop, images?.BackdropSizes),
            Pick(PreferredProfile, images?.ProfileSizes),
            Pick(PreferredStill, images?.StillSizes));
    }

    public string? Poster(string? path) => Url(PosterSize, path);

    public string? Backdrop(string? path) => Url(BackdropSize, path);

    public string? Profile(string? path) => Url(ProfileSize, path);

    public string? Still(string? path) => Url(StillSize, path);

    private string? Url(string size, string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : $"{BaseUrl}{size}/{path.TrimStart('/')}";

    // An absent list means "unknown", not "none": keep the preferred size then.
    private static string Pick(string preferred, List<string>? sizes) =>
        sizes is null || sizes.Count == 0 || sizes.Contains(preferred) ? preferred : "original";

    private static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
