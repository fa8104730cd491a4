namespace ProStream.Server.Playback.Clients;

/// <summary>Reads a <see cref="ClientProfile"/> from what a request says: <c>clientCodecs</c> (repeated or
/// comma-separated names), <c>multichannel</c> and <c>nativeHls</c>. The one place the API's words become a profile.</summary>
public static class ClientProfileRequest
{
    public const int MaxCodecs = 16;
    private const int MaxCodecLength = 16;

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["avc"] = ClientCodecs.H264, ["h265"] = ClientCodecs.Hevc, ["ac-3"] = ClientCodecs.Ac3,
        ["ec-3"] = ClientCodecs.Eac3, ["e-ac-3"] = ClientCodecs.Eac3,
    };

    /// <summary>Unknown names are ignored (older and newer clients keep working); no names at all means
    /// <see cref="ClientProfile.Default"/>'s codecs.</summary>
    public static ClientProfile Parse(IEnumerable<string?>? codecs, bool? multichannel = null, bool? nativeHls = null)
    {
        var names = (codecs ?? [])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(c => c.Length <= MaxCodecLength)
            .Take(MaxCodecs)
            .Select(c => c.ToLowerInvariant())
            .Select(c => Aliases.GetValueOrDefault(c, c))
            .ToList();
        return new ClientProfile(names, multichannel ?? false, nativeHls ?? false);
    }
}
