using System.Diagnostics.CodeAnalysis;

namespace ProStream.Server.Debrid.Torrents;

/// <summary>BitTorrent v1 info-hashes: 20 bytes, written as 40 hex digits or 32 base32 letters.</summary>
public static class InfoHash
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The hash as lower-case hex, from 40 hex digits or 32 base32 letters (any case).</summary>
    public static bool TryNormalize([NotNullWhen(true)] string? value, [NotNullWhen(true)] out string? hex)
    {
        hex = value?.Length switch
        {
            40 when value.All(char.IsAsciiHexDigit) => value.ToLowerInvariant(),
            32 => FromBase32(value),
            _ => null,
        };
        return hex is not null;
    }

    public static string Compute(ReadOnlySpan<byte> infoBytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(infoBytes));

    private static string? FromBase32(string value)
    {
        Span<byte> bytes = stackalloc byte[20];
        int buffer = 0, bits = 0, count = 0;
        foreach (var c in value)
        {
            var index = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[count++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        return Convert.ToHexStringLower(bytes);
    }
}
