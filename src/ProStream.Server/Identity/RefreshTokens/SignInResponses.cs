namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>How a sign-in (login, password change) answers: an access token in the body, a new refresh family in the cookie.</summary>
internal static class SignInResponses
{
    public static async Task<TokenResponse> SignInAsync(
        this RefreshTokenService refresh, TokenIssuer tokens, User user, HttpContext context, CancellationToken ct)
    {
        var (token, expiresAt) = await refresh.StartAsync(user, ct);
        RefreshCookie.Write(context, token, expiresAt);
        return tokens.Issue(user);
    }
}
