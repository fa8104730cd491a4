namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>
/// The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
/// Secure on HTTPS, and sent only to <c>{base path}/api/auth</c>, where refresh and sign-out live.
/// </summary>
internal static class RefreshCookie
{
    public const string Name = "prostream_refresh";
    public const string Scope = "/api/auth";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpContext context, string token, DateTimeOffset expiresAt) =>
        context.Response.Cookies.Append(Name, token, Options(context.Request, expiresAt));

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, Options(context.Request, expires: null));

    private static CookieOptions Options(HttpRequest request, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = request.PathBase.Add(Scope).Value,
        Expires = expires,
        IsEssential = true,
    };
}
