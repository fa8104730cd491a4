using System.Net;

namespace ProStream.Server.Hosting.Resilience;

/// <summary>Routes a handler through an operator's proxy (<c>http://user:pass@host:port</c>, <c>socks5://…</c>).</summary>
public static class OutboundProxy
{
    public static bool IsValid(string? proxy) =>
        string.IsNullOrWhiteSpace(proxy) || Parse(proxy) is { Scheme: "http" or "https" or "socks5" or "socks4" or "socks4a" };

    public static void Apply(SocketsHttpHandler handler, string? proxy)
    {
        if (string.IsNullOrWhiteSpace(proxy) || Parse(proxy) is not { } uri)
        {
            handler.UseProxy = false;
            return;
        }

        // Credentials in the URL (user:pass@) become proxy credentials, not part of the address.
        var credentials = uri.UserInfo.Split(':', 2) is [var user, var password] && user.Length > 0
            ? new NetworkCredential(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password))
            : null;
        handler.Proxy = new WebProxy(new UriBuilder(uri) { UserName = "", Password = "" }.Uri) { Credentials = credentials };
        handler.UseProxy = true;
    }

    private static Uri? Parse(string proxy) => Uri.TryCreate(proxy, UriKind.Absolute, out var uri) ? uri : null;
}
