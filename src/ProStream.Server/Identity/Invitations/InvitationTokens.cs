using System.Security.Cryptography;
using System.Text;

namespace ProStream.Server.Identity.Invitations;

/// <summary>Invitation tokens: 32 random bytes, URL-safe; stored only as their SHA-256.</summary>
internal static class InvitationTokens
{
    public const int MaxLength = 64;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The sign-up page of the web UI, with the token.</summary>
    public static string Link(string token) => $"/register?invite={token}";
}
