using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Identity.RefreshTokens;

namespace ProStream.Server.Identity;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts").AllowAnonymous()
            .RequireRateLimiting(ProStream.Server.Hosting.RateLimiting.RateLimitingModule.AuthPolicy);

        group.MapPost("/register", Register)
            .WithSummary("Create an account; the first account becomes admin. When registration is closed, give an invitation token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/login", Login)
            .WithSummary("Exchange email and password for a bearer access token.")
            .WithDescription("Also sets the refresh cookie (HttpOnly, SameSite=Strict, path /api/auth) that POST /api/auth/refresh exchanges.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        // Not under the login limit: a refresh token is a 256-bit secret, nothing to guess, and every new tab refreshes.
        var session = app.MapGroup("/api/auth").WithTags("Accounts").AllowAnonymous();
        session.MapPost("/refresh", Refresh)
            .WithSummary("Exchange the refresh cookie for a new access token; the cookie is replaced (rotated).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        session.MapPost("/logout", Logout)
            .WithSummary("Sign out: the refresh cookie's sign-in is revoked and the cookie cleared.");
    }

    private static async Task<Created<UserDto>> Register(RegisterRequest request, AccountService accounts, CancellationToken ct)
    {
        var user = await accounts.RegisterAsync(request, ct);
        return TypedResults.Created("/api/me", UserDto.From(user));
    }

    private static async Task<Ok<TokenResponse>> Login(
        LoginRequest request, AccountService accounts, RefreshTokenService refresh, TokenIssuer tokens, HttpContext context, CancellationToken ct)
    {
        var user = await accounts.LoginAsync(request, ct);
        return TypedResults.Ok(await refresh.SignInAsync(tokens, user, context, ct));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        RefreshTokenService refresh, HttpContext context, CancellationToken ct)
    {
        var (verdict, next) = await refresh.RotateAsync(RefreshCookie.Read(context.Request), ct);
        if (next is null)
        {
            // Answered here, not thrown: the error path clears headers, and the dead cookie must go.
            RefreshCookie.Clear(context);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: RefreshTokenRules.Explain(verdict));
        }

        RefreshCookie.Write(context, next.RefreshToken, next.RefreshExpiresAt);
        return TypedResults.Ok(next.Access);
    }

    private static async Task<NoContent> Logout(RefreshTokenService refresh, HttpContext context, CancellationToken ct)
    {
        await refresh.RevokeAsync(RefreshCookie.Read(context.Request), ct);
        RefreshCookie.Clear(context);
        return TypedResults.NoContent();
    }
}
