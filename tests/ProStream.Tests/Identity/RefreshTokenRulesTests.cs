using ProStream.Server.Identity.RefreshTokens;

namespace ProStream.Tests.Identity;

public sealed class RefreshTokenRulesTests
{
    private static readonly DateTimeOffset Issued = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Stamp = "STAMP-1";

    public static TheoryData<string, RefreshToken?, string?, TimeSpan, RefreshVerdict> Cases => new()
    {
        { "current token, before expiry", Token(), Stamp, TimeSpan.FromDays(1), RefreshVerdict.Rotate },
        { "one second before expiry", Token(), Stamp, TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1), RefreshVerdict.Rotate },
        { "at expiry", Token(), Stamp, TimeSpan.FromDays(30), RefreshVerdict.Expired },
        { "no such token", null, Stamp, TimeSpan.Zero, RefreshVerdict.Unknown },
        { "already exchanged", Token(replaced: true), Stamp, TimeSpan.FromMinutes(1), RefreshVerdict.Reused },
        { "exchanged and expired: still reuse, the family must go", Token(replaced: true), Stamp, TimeSpan.FromDays(31), RefreshVerdict.Reused },
        { "signed out", Token(revoked: true), Stamp, TimeSpan.FromMinutes(1), RefreshVerdict.Revoked },
        { "family revoked after reuse", Token(replaced: true, revoked: true), Stamp, TimeSpan.FromMinutes(1), RefreshVerdict.Revoked },
        { "password changed since", Token(), "STAMP-2", TimeSpan.FromMinutes(1), RefreshVerdict.Revoked },
        { "account gone", Token(), null, TimeSpan.FromMinutes(1), RefreshVerdict.Revoked },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_presented_token_is_judged(string situation, RefreshToken? token, string? currentStamp, TimeSpan later, RefreshVerdict expected)
    {
        Assert.True(expected == RefreshTokenRules.Judge(token, currentStamp, Issued + later), situation);
    }

    [Theory]
    [InlineData(RefreshVerdict.Expired, "expired")]
    [InlineData(RefreshVerdict.Reused, "every device")]
    [InlineData(RefreshVerdict.Revoked, "ended")]
    [InlineData(RefreshVerdict.Unknown, "sign in again")]
    public void Each_refusal_tells_the_viewer_what_happened(RefreshVerdict verdict, string words)
    {
        Assert.Contains(words, RefreshTokenRules.Explain(verdict), StringComparison.Ordinal);
    }

    private static RefreshToken Token(bool replaced = false, bool revoked = false) => new()
    {
        Hash = "h",
        SecurityStamp = Stamp,
        CreatedAt = Issued,
        ExpiresAt = Issued + TimeSpan.FromDays(30),
        ReplacedAt = replaced ? Issued + TimeSpan.FromSeconds(5) : null,
        RevokedAt = revoked ? Issued + TimeSpan.FromSeconds(6) : null,
    };
}
