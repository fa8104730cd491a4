using Microsoft.AspNetCore.Http.HttpResults;

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
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Created<UserDto>> Register(RegisterRequest request, AccountService accounts, CancellationToken ct)
    {
        var user = await accounts.RegisterAsync(request, ct);
        return TypedResults.Created("/api/me", UserDto.From(user));
    }

    private static async Task<Ok<TokenResponse>> Login(LoginRequest request, AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.LoginAsync(request, ct));
}
