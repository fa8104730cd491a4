using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ProStream.Server.Debrid.Torrents;

/// <summary>A BEP 9 magnet link: the info-hash (lower-case hex) plus the optional name, trackers and size.</summary>
public sealed record MagnetLink(string InfoHash, string? DisplayName, IReadOnlyList<string> Trackers, long? Size)
{
    public const int MaxLength = 16 * 1024;
    private const string Prefix = "magnet:?";
    private const string BtihUrn = "urn:btih:";

    public static MagnetLink FromInfoHash(string infoHash, string? name = null, IEnumerable<string>? trackers = null, long? size = null) =>
        Torrents.InfoHash.TryNormalize(infoHash, out var hex)
            ? new MagnetLink(hex, name, [.. trackers ?? []], size)
            : throw new InvalidTorrentException("An info-hash is 40 hex digits or 32 base32 letters");

    /// <exception cref="InvalidTorrentException">Not a magnet link with a BitTorrent v1 info-hash.</exception>
    public static MagnetLink Parse(string text) =>
        TryParse(text, out var magnet, out var error) ? magnet : throw new InvalidTorrentException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out MagnetLink? magnet, [NotNullWhen(false)] out string? error)
    {
        magnet = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            error = "A magnet link starts with 'magnet:?'";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"A magnet link is at most {MaxLength} characters";
            return false;
        }

        string? hash = null, name = null;
        long? size = null;
        var trackers = new List<string>();
        foreach (var pair in text[Prefix.Length..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = SplitPair(pair);
            switch (key)
            {
                case "xt" or ['x', 't', '.', ..] when hash is null && value.StartsWith(BtihUrn, StringComparison.OrdinalIgnoreCase):
                    if (!Torrents.InfoHash.TryNormalize(value[BtihUrn.Length..], out hash))
                    {
                        error = "The magnet's btih is neither 40 hex digits nor 32 base32 letters";
                        return false;
                    }

                    break;
                case "dn":
                    name = value;
                    break;
                case "tr" or ['t', 'r', '.', ..] when value.Length > 0:
                    trackers.Add(value);
                    break;
                case "xl" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length):
                    size = length;
                    break;
            }
        }

        if (hash is null)
        {
            error = "The magnet link has no 'xt=urn:btih:' info-hash";
            return false;
        }

        magnet = new MagnetLink(hash, string.IsNullOrEmpty(name) ? null : name, trackers.Distinct(StringComparer.Ordinal).ToList(), size);
        error = null;
        return true;
    }

    public string ToUri()
    {
        var uri = new StringBuilder(Prefix).Append("xt=").Append(BtihUrn).Append(InfoHash);
        if (DisplayName is not null)
        {
            uri.Append("&dn=").Append(Uri.EscapeDataString(DisplayName));
        }

        if (Size is { } size)
        {
            uri.Append("&xl=").Append(size.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var tracker in Trackers)
        {
            uri.Append("&tr=").Append(Uri.EscapeDataString(tracker));
        }

        return uri.ToString();
    }

    private static (string Key, string Value) SplitPair(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? (pair.ToLowerInvariant(), "")
            : (pair[..equals].ToLowerInvariant(), Decode(pair[(equals + 1)..]));
    }

    // Query-string decoding: '+' is a space (names often use it), then %XX escapes.
    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
