using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;

namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>A new access token and the refresh token that replaces the presented one.</summary>
internal sealed record RefreshedSignIn(TokenResponse Access, string RefreshToken, DateTimeOffset RefreshExpiresAt);

/// <summary>Issues, rotates and revokes refresh tokens (rules in <see cref="RefreshTokenRules"/>).</summary>
internal sealed class RefreshTokenService(ProStreamDbContext db, TokenIssuer tokens, IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>Longest cookie value worth hashing; anything longer is not a refresh token.</summary>
    public const int MaxLength = 64;

    /// <summary>Starts a new family for a fresh sign-in.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> StartAsync(User user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Sign-ins long expired are of no use to anyone: they go when the same account signs in again.
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.ExpiresAt < now).ExecuteDeleteAsync(ct);
        return await AddAsync(user, Guid.CreateVersion7(), now, ct);
    }

    /// <summary>Exchanges a refresh token for a new access token and its successor (null when the verdict is not Rotate).</summary>
    public async Task<(RefreshVerdict Verdict, RefreshedSignIn? SignIn)> RotateAsync(string? presented, CancellationToken ct)
    {
        var token = presented is { Length: > 0 and <= MaxLength }
            ? await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == Hash(presented), ct)
            : null;
        var user = token is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, ct);
        var now = time.GetUtcNow();
        var verdict = RefreshTokenRules.Judge(token, user?.SecurityStamp, now);
        if (verdict == RefreshVerdict.Rotate)
        {
            // Conditional: of two requests presenting the same token at once, one wins and the other is reuse.
            var claimed = await db.RefreshTokens.Where(t => t.Id == token!.Id && t.ReplacedAt == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.ReplacedAt, now), ct);
            verdict = claimed == 1 ? verdict : RefreshVerdict.Reused;
        }

        if (verdict == RefreshVerdict.Reused)
        {
            await RevokeFamilyAsync(token!.FamilyId, ct);
        }

        if (verdict != RefreshVerdict.Rotate)
        {
            return (verdict, null);
        }

        var (next, expiresAt) = await AddAsync(user!, token!.FamilyId, now, ct);
        return (verdict, new RefreshedSignIn(tokens.Issue(user!), next, expiresAt));
    }

    /// <summary>Signs out the family of the presented token (nothing happens for an unknown one).</summary>
    public async Task RevokeAsync(string? presented, CancellationToken ct)
    {
        if (presented is not { Length: > 0 and <= MaxLength })
        {
            return;
        }

        var hash = Hash(presented);
        var family = await db.RefreshTokens.Where(t => t.Hash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(ct);
        if (family is { } id)
        {
            await RevokeFamilyAsync(id, ct);
        }
    }

    /// <summary>Ends every sign-in of an account (password or role change).</summary>
    public Task RevokeUserAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), ct);
    }

    private Task RevokeFamilyAsync(Guid familyId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), ct);
    }

    private async Task<(string Token, DateTimeOffset ExpiresAt)> AddAsync(User user, Guid familyId, DateTimeOffset now, CancellationToken ct)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = now + options.Value.RefreshTokenLifetime;
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = familyId,
            Hash = Hash(secret),
            SecurityStamp = user.SecurityStamp,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(ct);
        return (secret, expiresAt);
    }

    // 256 random bits: SHA-256 is enough (no dictionary reaches it) and allows an indexed lookup.
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
