using System.Security.Cryptography;
using System.Text;

namespace ProStream.IntegrationTests.Fakes;

/// <summary>
/// A multi-file .torrent written byte by byte here, with extra info keys (<c>private</c>,
/// <c>source</c>); its expected hash is the SHA-1 of the info bytes this class wrote, computed
/// independently of the server's reader.
/// </summary>
public sealed record TestTorrent(byte[] Bytes, string InfoHash, string Name)
{
    public static TestTorrent MultiFile()
    {
        const string name = "Dune.2021.1080p.WEB.H264-PRIV";
        var info = Dict(
            ("files", List(
                Dict(("length", Int(7_516_192_768)), ("path", List(Str("Dune.2021.1080p.WEB.H264-PRIV.mkv")))),
                Dict(("length", Int(52_428_800)), ("path", List(Str("Sample"), Str("sample.mkv")))),
                Dict(("length", Int(1_024)), ("path", List(Str("Dune.2021.nfo")))))),
            ("name", Str(name)),
            ("piece length", Int(4_194_304)),
            ("pieces", Str(new byte[40])),
            ("private", Int(1)),
            ("source", Str("PRIV")));
        var torrent = Dict(
            ("announce", Str("https://tracker.example/announce?passkey=0123456789abcdef")),
            ("created by", Str("ProStream tests")),
            ("info", info));
        return new TestTorrent(torrent, Convert.ToHexStringLower(SHA1.HashData(info)), name);
    }

    private static byte[] Int(long value) => Encoding.ASCII.GetBytes($"i{value}e");

    private static byte[] Str(string text) => Str(Encoding.UTF8.GetBytes(text));

    private static byte[] Str(byte[] bytes) => [.. Encoding.ASCII.GetBytes($"{bytes.Length}:"), .. bytes];

    private static byte[] List(params byte[][] items) => [(byte)'l', .. items.SelectMany(i => i), (byte)'e'];

    private static byte[] Dict(params (string Key, byte[] Value)[] entries) =>
        [(byte)'d', .. entries.SelectMany(e => Str(e.Key).Concat(e.Value)), (byte)'e'];
}
