using System.Security.Cryptography;
using System.Text;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>
/// API keys: <c>psk_</c> and 32 random bytes, URL-safe. Stored as SHA-256 only: a 256-bit random
/// secret cannot be guessed from its hash, so a slow password hash would add nothing but cost to
/// every request, and a plain hash lets the key be found by an indexed lookup.
/// </summary>
public static class ApiKeySecrets
{
    public const string Marker = "psk_";
    public const int MaxNameLength = 100;

    /// <summary>Characters of the key kept for display: the marker and 8 of the random part.</summary>
    public const int PrefixLength = 12;

    /// <summary>Longest header value worth hashing; anything longer is not a key.</summary>
    public const int MaxLength = 64;

    public static string New() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Prefix(string key) => key[..Math.Min(PrefixLength, key.Length)];

    /// <summary>Whether a header value has the shape of a key (so garbage is refused without a database read).</summary>
    public static bool LooksLikeKey(string? value) =>
        value is { Length: > 4 and <= MaxLength } && value.StartsWith(Marker, StringComparison.Ordinal)
        && value.AsSpan(Marker.Length).IndexOfAnyExcept(UrlSafe) < 0;

    private static readonly System.Buffers.SearchValues<char> UrlSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
