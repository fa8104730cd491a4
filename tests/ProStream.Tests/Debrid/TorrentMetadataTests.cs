using System.Security.Cryptography;
using ProStream.Server.Debrid.Torrents;
using static ProStream.Tests.Debrid.TinyBencoder;

namespace ProStream.Tests.Debrid;

public sealed class TorrentMetadataTests
{
    private static readonly byte[] Pieces = new byte[40];

    [Fact]
    public void Multi_file_torrent_with_extra_info_keys_hashes_the_exact_info_bytes()
    {
        var info = Encode(Dict(
            ("files", new List<object>
            {
                Dict(("length", 1_500_000_000L), ("path", new List<object> { "Show.S01E01.1080p.mkv" })),
                Dict(("attr", "p"), ("length", 12_345), ("path", new List<object> { ".pad", "12345" })),
                Dict(("length", 2_000), ("path", new List<object> { "Subs", "en.srt" })),
            }),
            ("name", "Show.S01.1080p"),
            ("piece length", 262_144),
            ("pieces", Pieces),
            ("private", 1),
            ("source", "TRACKER")));
        var torrent = Encode(Dict(
            ("announce", "https://tracker.example/announce?passkey=abc"),
            ("announce-list", new List<object> { new List<object> { "https://tracker.example/announce?passkey=abc", "udp://backup.example:1337" } }),
            ("created by", "test"),
            ("info", new Raw(info))));

        var metadata = TorrentMetadata.Read(torrent);

        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(info)), metadata.InfoHash);
        Assert.Equal("Show.S01.1080p", metadata.Name);
        Assert.Equal(
            [new TorrentFile("Show.S01.1080p/Show.S01E01.1080p.mkv", 1_500_000_000), new TorrentFile("Show.S01.1080p/Subs/en.srt", 2_000)],
            metadata.Files);
        Assert.Equal(1_500_002_000, metadata.TotalSize);
        Assert.True(metadata.IsPrivate);
        Assert.Equal(["https://tracker.example/announce?passkey=abc", "udp://backup.example:1337"], metadata.Trackers);
    }

    [Fact]
    public void Private_and_source_keys_change_the_hash()
    {
        var plain = Encode(Dict(("length", 10), ("name", "a.mkv"), ("piece length", 16_384), ("pieces", new byte[20])));
        var marked = Encode(Dict(("length", 10), ("name", "a.mkv"), ("piece length", 16_384), ("pieces", new byte[20]), ("private", 1), ("source", "X")));

        var plainHash = TorrentMetadata.Read(Encode(Dict(("info", new Raw(plain))))).InfoHash;
        var markedHash = TorrentMetadata.Read(Encode(Dict(("info", new Raw(marked))))).InfoHash;

        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(plain)), plainHash);
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(marked)), markedHash);
        Assert.NotEqual(plainHash, markedHash);
    }

    [Fact]
    public void Single_file_torrent_with_unsorted_info_keys_keeps_its_original_bytes()
    {
        // Re-encoding would sort these keys and produce another hash.
        var info = Encode(Dict(("name", "Film.2021.mkv"), ("length", 4_000_000_000L), ("pieces", Pieces), ("piece length", 4_194_304)));
        var metadata = TorrentMetadata.Read(Encode(Dict(("info", new Raw(info)))));

        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(info)), metadata.InfoHash);
        Assert.Equal([new TorrentFile("Film.2021.mkv", 4_000_000_000)], metadata.Files);
        Assert.False(metadata.IsPrivate);
        Assert.Empty(metadata.Trackers);
    }

    public static TheoryData<string, byte[]> InvalidTorrents => new()
    {
        { "must be a dictionary", Encode(new List<object> { 1 }) },
        { "no 'info'", Encode(Dict(("announce", "x"))) },
        { "no 'name'", Encode(Dict(("info", Dict(("length", 1))))) },
        { "neither 'length' nor 'files'", Encode(Dict(("info", Dict(("name", "x"))))) },
        { "negative", Encode(Dict(("info", Dict(("length", -1), ("name", "x"))))) },
        { "no 'path'", Encode(Dict(("info", Dict(("files", new List<object> { Dict(("length", 1)) }), ("name", "x"))))) },
        { "non-empty list", Encode(Dict(("info", Dict(("files", new List<object> { Dict(("length", 1), ("path", new List<object>())) }), ("name", "x"))))) },
        { "declares 1 bytes but only 0 remain", Encode(Dict(("info", Dict(("length", 1), ("name", "x")))))[..^3] },
        { "Unexpected byte", "<html>Cloudflare</html>"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(InvalidTorrents))]
    public void Invalid_torrents_are_clear_errors(string message, byte[] torrent)
    {
        var error = Assert.Throws<InvalidTorrentException>(() => TorrentMetadata.Read(torrent));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
