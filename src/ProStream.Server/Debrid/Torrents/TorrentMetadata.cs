namespace ProStream.Server.Debrid.Torrents;

public sealed record TorrentFile(string Path, long Size);

/// <summary>
/// What a .torrent describes. <see cref="InfoHash"/> is the SHA-1 of the exact bytes of the
/// top-level <c>info</c> value as found in the file — never re-encoded, so keys this code does
/// not know (<c>private</c>, <c>source</c>, padding attributes…) count as they must.
/// </summary>
public sealed record TorrentMetadata(
    string InfoHash,
    string Name,
    IReadOnlyList<TorrentFile> Files,
    long TotalSize,
    bool IsPrivate,
    IReadOnlyList<string> Trackers)
{
    /// <exception cref="InvalidTorrentException">The bytes are not a v1 (or hybrid) torrent.</exception>
    public static TorrentMetadata Read(ReadOnlyMemory<byte> torrent)
    {
        if (BencodeReader.Read(torrent) is not BencodeDictionary root)
        {
            throw new InvalidTorrentException("A torrent must be a dictionary");
        }

        var info = root.Find<BencodeDictionary>("info") ?? throw new InvalidTorrentException("The torrent has no 'info' dictionary");
        var name = info.Find<BencodeString>("name")?.Text ?? throw new InvalidTorrentException("The torrent's info has no 'name'");
        var files = ReadFiles(info, name);
        long total = 0;
        foreach (var file in files)
        {
            total = checked(total + file.Size);
        }

        return new TorrentMetadata(
            Torrents.InfoHash.Compute(torrent.Span[info.Start..info.End]),
            name,
            files,
            total,
            info.Find<BencodeInteger>("private")?.Value == 1,
            ReadTrackers(root));
    }

    private static List<TorrentFile> ReadFiles(BencodeDictionary info, string name)
    {
        if (info.Find<BencodeInteger>("length") is { } length)
        {
            return [new TorrentFile(name, NonNegative(length))];
        }

        var list = info.Find<BencodeList>("files")
            ?? throw new InvalidTorrentException("The torrent's info has neither 'length' nor 'files' (v2-only torrents are not supported)");
        var files = new List<TorrentFile>(list.Items.Count);
        foreach (var item in list.Items)
        {
            var entry = item as BencodeDictionary ?? throw new InvalidTorrentException("A 'files' entry is not a dictionary", item.Start);
            var size = NonNegative(entry.Find<BencodeInteger>("length")
                ?? throw new InvalidTorrentException("A file has no 'length'", entry.Start));
            var parts = entry.Find<BencodeList>("path")?.Items
                ?? throw new InvalidTorrentException("A file has no 'path'", entry.Start);
            if (parts.Count == 0 || parts.Any(p => p is not BencodeString))
            {
                throw new InvalidTorrentException("A file's 'path' must be a non-empty list of strings", entry.Start);
            }

            // BEP 47 padding files only align pieces; nobody wants to play them.
            if (entry.Find<BencodeString>("attr")?.Text.Contains('p', StringComparison.Ordinal) == true)
            {
                continue;
            }

            files.Add(new TorrentFile(string.Join('/', [name, .. parts.Cast<BencodeString>().Select(p => p.Text)]), size));
        }

        return files;
    }

    private static long NonNegative(BencodeInteger length) =>
        length.Value >= 0 ? length.Value : throw new InvalidTorrentException("A file length is negative", length.Start);

    private static List<string> ReadTrackers(BencodeDictionary root)
    {
        var trackers = new List<string>();
        if (root.Find<BencodeString>("announce") is { } announce)
        {
            trackers.Add(announce.Text);
        }

        foreach (var tier in root.Find<BencodeList>("announce-list")?.Items.OfType<BencodeList>() ?? [])
        {
            trackers.AddRange(tier.Items.OfType<BencodeString>().Select(t => t.Text));
        }

        return [.. trackers.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
