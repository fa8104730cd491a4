using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProStream.Server.Identity;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>Issues signed access tokens (HS256) for a user.</summary>
internal sealed class TokenIssuer(JwtKeyRing keys, Microsoft.Extensions.Options.IOptions<AuthOptions> options, TimeProvider time)
{
    public const string StampClaim = "stamp";

    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse Issue(User user)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.AccessTokenLifetime,
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(StampClaim, user.SecurityStamp),
                new Claim("role", user.Role),
            ]),
        });
        return new TokenResponse(token, "Bearer", (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}

/// <summary>The signing key, resolved once at start.</summary>
internal sealed class JwtKeyRing(SymmetricSecurityKey signingKey)
{
    public SymmetricSecurityKey SigningKey { get; } = signingKey;
}
