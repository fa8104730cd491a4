using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid;

/// <summary>Only AllDebrid's own file links (https, alldebrid.com or a subdomain) are sent to unlock.</summary>
public static class AllDebridLinks
{
    public const int MaxLength = 2048;

    public static Uri Validate(string? link)
    {
        if (link is { Length: > 0 and <= MaxLength }
            && Uri.TryCreate(link, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && uri.IsDefaultPort
            && string.IsNullOrEmpty(uri.UserInfo)
            && (uri.IdnHost.Equals("alldebrid.com", StringComparison.OrdinalIgnoreCase)
                || uri.IdnHost.EndsWith(".alldebrid.com", StringComparison.OrdinalIgnoreCase)))
        {
            return uri;
        }

        throw ProblemException.Unprocessable("Only AllDebrid file links (https://alldebrid.com/…) can be unlocked.");
    }
}
