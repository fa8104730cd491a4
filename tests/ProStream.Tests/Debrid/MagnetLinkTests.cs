using ProStream.Server.Debrid.Torrents;

namespace ProStream.Tests.Debrid;

public sealed class MagnetLinkTests
{
    private const string Hex = "842783e3005495d5d1637f5364b59343c7844707";

    [Theory]
    [InlineData("magnet:?xt=urn:btih:842783E3005495D5D1637F5364B59343C7844707", Hex)]
    [InlineData("magnet:?xt=urn:btih:QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH", Hex)]
    [InlineData("magnet:?xt=urn:btih:qqtyhyyaksk5luldp5jwjnmtipdyiryh", Hex)]
    [InlineData("MAGNET:?dn=x&XT=urn:btih:842783e3005495d5d1637f5364b59343c7844707", Hex)]
    [InlineData("magnet:?xt=urn:btmh:1220aaaa&xt=urn:btih:842783e3005495d5d1637f5364b59343c7844707", Hex)]
    [InlineData("magnet:?xt.1=urn:btih:842783e3005495d5d1637f5364b59343c7844707", Hex)]
    public void Btih_in_hex_or_base32_becomes_lower_case_hex(string uri, string expected) =>
        Assert.Equal(expected, MagnetLink.Parse(uri).InfoHash);

    [Fact]
    public void Reads_name_trackers_and_size()
    {
        var magnet = MagnetLink.Parse(
            $"magnet:?xt=urn:btih:{Hex}&dn=ubuntu+18.04%20server&tr=udp%3A%2F%2Ftracker.example%3A80&tr=https%3A%2F%2Ft2.example%2Fannounce&xl=875773970&x.pe=1.2.3.4:6881");

        Assert.Equal("ubuntu 18.04 server", magnet.DisplayName);
        Assert.Equal(["udp://tracker.example:80", "https://t2.example/announce"], magnet.Trackers);
        Assert.Equal(875773970, magnet.Size);
    }

    [Theory]
    [InlineData(null, "starts with")]
    [InlineData("http://example.com/a.torrent", "starts with")]
    [InlineData("magnet:?dn=nohash", "no 'xt=urn:btih:'")]
    [InlineData("magnet:?xt=urn:btih:1234", "neither 40 hex")]
    [InlineData("magnet:?xt=urn:btih:zz2783e3005495d5d1637f5364b59343c7844707", "neither 40 hex")]
    [InlineData("magnet:?xt=urn:btih:QQTYHYYAKSK5LULDP5JWJNMTIPDYIRY1", "neither 40 hex")]
    public void Invalid_magnets_are_refused_with_a_reason(string? uri, string reason)
    {
        Assert.False(MagnetLink.TryParse(uri, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_magnets_are_refused() =>
        Assert.False(MagnetLink.TryParse($"magnet:?xt=urn:btih:{Hex}&dn={new string('a', MagnetLink.MaxLength)}", out _, out _));

    [Fact]
    public void Builds_a_magnet_that_reads_back_the_same()
    {
        var built = MagnetLink.FromInfoHash(Hex.ToUpperInvariant(), "Film & Co (2021)", ["udp://t.example:1337/announce"], 42);

        Assert.Equal(
            $"magnet:?xt=urn:btih:{Hex}&dn=Film%20%26%20Co%20%282021%29&xl=42&tr=udp%3A%2F%2Ft.example%3A1337%2Fannounce",
            built.ToUri());
        var parsed = MagnetLink.Parse(built.ToUri());
        Assert.Equal((built.InfoHash, built.DisplayName, built.Size), (parsed.InfoHash, parsed.DisplayName, parsed.Size));
        Assert.Equal(built.Trackers, parsed.Trackers);
    }

    [Fact]
    public void Building_from_an_invalid_hash_fails() =>
        Assert.Throws<InvalidTorrentException>(() => MagnetLink.FromInfoHash("not-a-hash"));
}
