using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity.RefreshTokens;

namespace ProStream.Server.Identity;

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").WithTags("Accounts").RequireAuthorization();

        group.MapGet("/", GetMe).WithSummary("The signed-in account with its preferences.");
        group.MapPatch("/", UpdateMe).WithSummary("Change display name and preferences.");
        group.MapPost("/password", ChangePassword)
            .WithSummary("Change password; other tokens and sign-ins stop working and a fresh token is returned.");
    }

    private static async Task<Ok<UserDto>> GetMe(ClaimsPrincipal principal, ProStreamDbContext db, CancellationToken ct) =>
        TypedResults.Ok(UserDto.From(await FindAsync(db, principal.Id(), ct)));

    private static async Task<Ok<UserDto>> UpdateMe(
        UpdateMeRequest request, ClaimsPrincipal principal, ProStreamDbContext db, CancellationToken ct)
    {
        var user = await FindAsync(db, principal.Id(), ct);
        if (request.DisplayName is { } name)
        {
            user.DisplayName = name.Trim();
        }

        if (request.Preferences is { } p)
        {
            user.Preferences = new UserPreferences
            {
                Language = p.Language,
                AudioLanguages = [.. p.AudioLanguages ?? []],
                SubtitleLanguages = [.. p.SubtitleLanguages ?? []],
                MaxResolution = p.MaxResolution,
            };
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UserDto.From(user));
    }

    private static async Task<Ok<TokenResponse>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, AccountService accounts, RefreshTokenService refresh, TokenIssuer tokens,
        HttpContext context, CancellationToken ct)
    {
        var user = await accounts.ChangePasswordAsync(principal.Id(), request, ct);
        // Every other sign-in ends; this browser keeps one, as a new family.
        await refresh.RevokeUserAsync(user.Id, ct);
        return TypedResults.Ok(await refresh.SignInAsync(tokens, user, context, ct));
    }

    private static async Task<User> FindAsync(ProStreamDbContext db, Guid id, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw ProblemException.NotFound("Your account no longer exists.");
}
