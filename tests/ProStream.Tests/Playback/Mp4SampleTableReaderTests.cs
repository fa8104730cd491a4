using ProStream.Server.Playback.Keyframes;
using static ProStream.Tests.Playback.Mp4Writer;

namespace ProStream.Tests.Playback;

public sealed class Mp4SampleTableReaderTests
{
    // As libx264 + ffmpeg write it at 25 fps: timescale 12800, B-frames delay presentation by 2 frames (1024), undone by the edit list.
    private static byte[] VideoTrak() => Trak(
        "vide",
        12800,
        Elst(0, (30000, 1024)),
        Stts((10, 512)),
        Ctts(0, (1, 1024), (1, 2560), (1, 1024), (1, 0), (1, 512), (5, 1024)),
        Stss(1, 4, 9));

    private static byte[] AudioTrak() => Trak("soun", 44100, null, Stts((100, 1024)));

    private static byte[] Moov(params byte[][] traks) => Box("moov", [Mvhd(1000), .. traks]);

    private static ReadRange Over(byte[] file, List<(long Offset, int Length)>? reads = null) => (offset, length, _) =>
    {
        reads?.Add((offset, length));
        var start = (int)Math.Min(offset, file.Length);
        var count = Math.Min(length, file.Length - start);
        return ValueTask.FromResult<ReadOnlyMemory<byte>>(file.AsMemory(start, count));
    };

    private static readonly double[] Expected = [0.0, 0.04, 0.32];

    [Fact]
    public async Task Reads_keyframes_from_a_faststart_file_in_one_read()
    {
        byte[] file = [.. Ftyp(), .. Moov(AudioTrak(), VideoTrak()), .. Box("mdat", new byte[1000])];
        var reads = new List<(long, int)>();

        var index = await Mp4SampleTableReader.ReadAsync(Over(file, reads), TestContext.Current.CancellationToken);

        Assert.Equal(Expected, index!.Times.Select(t => Math.Round(t, 6)));
        Assert.Single(reads);
    }

    [Fact]
    public async Task Finds_moov_after_a_large_mdat_without_reading_the_media()
    {
        var mdat = Box("mdat", new byte[300_000]);
        byte[] file = [.. Ftyp(), .. Box("free", Array.Empty<byte>()), .. mdat, .. Moov(VideoTrak())];
        var moovOffset = file.Length - Moov(VideoTrak()).Length;
        var reads = new List<(long Offset, int Length)>();

        var index = await Mp4SampleTableReader.ReadAsync(Over(file, reads), TestContext.Current.CancellationToken);

        Assert.Equal(Expected, index!.Times.Select(t => Math.Round(t, 6)));
        Assert.Equal([0, moovOffset], reads.Select(r => r.Offset));
    }

    [Fact]
    public async Task Follows_64_bit_box_sizes()
    {
        byte[] file = [.. Ftyp(), .. LargeBox("mdat", new byte[70_000]), .. Moov(VideoTrak())];

        var index = await Mp4SampleTableReader.ReadAsync(Over(file), TestContext.Current.CancellationToken);

        Assert.Equal(Expected, index!.Times.Select(t => Math.Round(t, 6)));
    }

    [Fact]
    public async Task Reads_a_moov_larger_than_the_first_read_with_one_more_read()
    {
        var many = Trak("vide", 1000, null, Stts((20_000, 40)), Stss([.. Enumerable.Range(0, 20_000).Where(i => i % 50 == 0).Select(i => (uint)i + 1)]));
        byte[] file = [.. Ftyp(), .. Box("mdat", new byte[10]), .. Box("moov", [.. Mvhd(1000), .. Box("udta", new byte[70_000]), .. many])];
        var reads = new List<(long Offset, int Length)>();

        var index = await Mp4SampleTableReader.ReadAsync(Over(file, reads), TestContext.Current.CancellationToken);

        Assert.Equal(400, index!.Times.Count);
        Assert.Equal(798, index.Times[^1], 6);
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task No_video_track_or_fragmented_samples_give_no_index()
    {
        byte[] audioOnly = [.. Ftyp(), .. Moov(AudioTrak()), .. Box("mdat", new byte[10])];
        byte[] fragmented = [.. Ftyp(), .. Moov(Trak("vide", 12800, null, Stts())), .. Box("moof", new byte[16]), .. Box("mdat", new byte[10])];

        Assert.Null(await Mp4SampleTableReader.ReadAsync(Over(audioOnly), TestContext.Current.CancellationToken));
        Assert.Null(await Mp4SampleTableReader.ReadAsync(Over(fragmented), TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, byte[]> Malformed => new()
    {
        { "Not an MP4 box at offset 0", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81] },
        { "Not an MP4 file (first box 'abcd')", [.. Box("abcd", new byte[8])] },
        { "No 'moov' box", [.. Ftyp(), .. Box("mdat", new byte[10])] },
        { "No 'moov' box", [.. Ftyp(), .. HeaderOnly("mdat", 0)] },
        { "declares an impossible size 4", [.. Ftyp(), .. HeaderOnly("mdat", 4)] },
        { "has size 2147483648 (limit", [.. Ftyp(), .. HeaderOnly("moov", 0x8000_0000)] },
        { "has size to end of file", [.. Ftyp(), .. HeaderOnly("moov", 0)] },
        { "The source ends inside the 'moov' box", [.. Ftyp(), .. HeaderOnly("moov", 5000), .. new byte[100]] },
        { "'moof' box at offset", [.. Ftyp(), .. Box("moof", new byte[8])] },
        { "'stts' box declares 1000 entries but holds 1", [.. Ftyp(), .. Moov(Trak("vide", 1000, null, FullBox("stts", 0, U32(1000), U32(1), U32(1))))] },
        { "The video track has no 'stts' box", [.. Ftyp(), .. Moov(Trak("vide", 1000, null, Stss(1)))] },
        { "more than one media edit", [.. Ftyp(), .. Moov(Trak("vide", 1000, Elst(0, (1000, 0), (1000, 5000)), Stts((10, 100))))] },
        { "'mdhd' timescale is zero", [.. Ftyp(), .. Moov(Trak("vide", 0, null, Stts((10, 100))))] },
        { "Sync sample 11 is out of order or beyond", [.. Ftyp(), .. Moov(Trak("vide", 1000, null, Stts((10, 100)), Stss(1, 11)))] },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_or_absurd_files_are_refused_with_a_clear_reason(string reason, byte[] file)
    {
        var error = await Assert.ThrowsAsync<KeyframeIndexException>(
            async () => await Mp4SampleTableReader.ReadAsync(Over(file), TestContext.Current.CancellationToken));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
