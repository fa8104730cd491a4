namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>What presenting a refresh token leads to.</summary>
public enum RefreshVerdict
{
    /// <summary>Current: exchange it for a new token of the same family.</summary>
    Rotate,

    /// <summary>No such token (never issued, or its account was deleted).</summary>
    Unknown,

    Expired,

    /// <summary>Signed out, ended by an admin or a password change.</summary>
    Revoked,

    /// <summary>Already exchanged: someone holds a copy, so the whole family is revoked.</summary>
    Reused,
}

/// <summary>The one rule deciding what a presented refresh token is worth.</summary>
public static class RefreshTokenRules
{
    public static RefreshVerdict Judge(RefreshToken? token, string? currentStamp, DateTimeOffset now) => token switch
    {
        null => RefreshVerdict.Unknown,
        { RevokedAt: not null } => RefreshVerdict.Revoked,
        { ReplacedAt: not null } => RefreshVerdict.Reused,
        _ when currentStamp != token.SecurityStamp => RefreshVerdict.Revoked,
        _ when now >= token.ExpiresAt => RefreshVerdict.Expired,
        _ => RefreshVerdict.Rotate,
    };

    /// <summary>Sentence for the 401 answer; the same for every refusal a browser can do nothing about but sign in.</summary>
    public static string Explain(RefreshVerdict verdict) => verdict switch
    {
        RefreshVerdict.Expired => "Your sign-in has expired; sign in again.",
        RefreshVerdict.Reused => "This sign-in was used from somewhere else and has been ended on every device; sign in again.",
        RefreshVerdict.Revoked => "This sign-in was ended (signed out, password or role changed); sign in again.",
        _ => "No current sign-in was presented; sign in again.",
    };
}
