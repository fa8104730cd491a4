namespace ProStream.Server.Identity;

/// <summary>Settings under <c>Auth:</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>JWT signing key (at least 32 bytes). Required in Production; generated and kept in DataDir otherwise.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Open registration (default closed); an admin can change it at run time. The first account can
    /// always register, and anyone holding a valid invitation.
    /// </summary>
    public bool AllowRegistration { get; set; }

    /// <summary>How long an invitation link stays usable unless the admin asks otherwise.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many API keys one account may hold at once.</summary>
    public int MaxApiKeysPerUser { get; set; } = 20;

    public string Issuer { get; set; } = "prostream";

    public string Audience { get; set; } = "prostream";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a browser stays signed in without coming back: each refresh replaces the cookie with a
    /// new token valid this long again.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
