namespace ProStream.Server.Identity.Access;

/// <summary>What an authenticated request needs to know about its caller, read from the users table.</summary>
/// <param name="Role">the role in force now (never the token's).</param>
/// <param name="SecurityStamp">tokens carrying another stamp are revoked.</param>
/// <param name="Language">the viewer's catalogue language preference, if any.</param>
public sealed record UserAccess(string Role, string SecurityStamp, string? Language);
