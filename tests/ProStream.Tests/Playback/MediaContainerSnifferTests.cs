using System.Text;
using ProStream.Server.Playback.Sources;

namespace ProStream.Tests.Playback;

public sealed class MediaContainerSnifferTests
{
    public static TheoryData<string, byte[], MediaContainer?> Heads => new()
    {
        { "Matroska EBML header", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81], MediaContainer.Matroska },
        { "MP4 ftyp", [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0], MediaContainer.Mp4 },
        { "MOV starting with moov", [0, 0, 0x10, 0, .. "moov"u8], MediaContainer.Mp4 },
        { "MP4 with mdat first, 64-bit size", [0, 0, 0, 1, .. "mdat"u8, 0, 0, 0, 0], MediaContainer.Mp4 },
        { "AVI", [.. "RIFF"u8, 0x10, 0, 0, 0, .. "AVI LIST"u8], MediaContainer.Avi },
        { "MPEG-TS", Packets(188, 0, 8), MediaContainer.MpegTs },
        { "M2TS (Blu-ray, 192-byte packets)", Packets(192, 4, 8), MediaContainer.MpegTs },
        { "HLS playlist", Text("#EXTM3U\n#EXT-X-VERSION:3\n#EXTINF:10,\nhttp://10.0.0.1/a.ts\n"), null },
        { "DASH manifest", Text("<?xml version=\"1.0\"?><MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\">"), null },
        { "ffconcat list", Text("ffconcat version 1.0\nfile http://10.0.0.1/a.mkv\n"), null },
        { "HTML", Text("<!doctype html><html><body>Not found</body></html>"), null },
        { "RIFF that is not AVI (WAVE)", [.. "RIFF"u8, 0x10, 0, 0, 0, .. "WAVEfmt "u8], null },
        { "a single 0x47 byte", Text("G" + new string('x', 1000)), null },
        { "box with an unknown type", [0, 0, 0, 0x20, .. "abcd"u8, 0, 0], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Only_media_containers_are_recognised(string what, byte[] head, MediaContainer? expected) =>
        Assert.True(expected == MediaContainerSniffer.Sniff(head), what);

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Packets(int size, int offset, int count)
    {
        var bytes = new byte[size * count];
        for (var i = 0; i < count; i++)
        {
            bytes[offset + (i * size)] = 0x47;
        }

        return bytes;
    }
}
