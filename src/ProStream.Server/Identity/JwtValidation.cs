using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using ProStream.Server.Identity.Access;

namespace ProStream.Server.Identity;

/// <summary>Strict token validation, then a check that the account still exists and the token is current.</summary>
internal static class JwtValidation
{
    public static TokenValidationParameters Parameters(AuthOptions options, SecurityKey key) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "sub",
        RoleClaimType = "role",
    };

    /// <summary>Lifetime checked against the application's clock, so tests can move time.</summary>
    public static LifetimeValidator LifetimeValidator(TimeProvider time) => (notBefore, expires, _, parameters) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end + parameters.ClockSkew && (notBefore is not { } start || now >= start - parameters.ClockSkew);
    };

    /// <summary>
    /// Role comes from the database (through <see cref="UserAccessCache"/>), not from the token: a
    /// demoted admin loses admin at once, a deleted user or a password change invalidates older tokens.
    /// </summary>
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal is null || !Guid.TryParse(principal.FindFirstValue("sub"), out var userId))
        {
            context.Fail("The token names no user.");
            return;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<UserAccessCache>();
        var account = await access.GetAsync(userId, context.HttpContext.RequestAborted);
        if (account is null || account.SecurityStamp != principal.FindFirstValue(TokenIssuer.StampClaim))
        {
            context.Fail("The account no longer exists or the token was revoked.");
            return;
        }

        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var claim in identity.FindAll("role").ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaim(new Claim("role", account.Role));
    }
}
