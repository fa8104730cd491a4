using ProStream.Server.Playback.Keyframes;
using static ProStream.Tests.Playback.EbmlWriter;

namespace ProStream.Tests.Playback;

public sealed class MatroskaCuesReaderTests
{
    private static readonly byte[] Header = Element(0x1A45DFA3, Element(0x4282, "matroska"u8.ToArray()));

    private static byte[] Info(ulong timecodeScale) => Element(0x1549A966, Unsigned(0x2AD7B1, timecodeScale));

    private static byte[] Tracks(params (ulong Number, ulong Type)[] tracks) =>
        Element(0x1654AE6B, tracks.Select(t => Element(0xAE, Unsigned(0xD7, t.Number), Unsigned(0x83, t.Type))).ToArray());

    private static byte[] CuePoint(ulong time, params ulong[] tracks) =>
        Element(0xBB, [Unsigned(0xB3, time), .. tracks.Select(t => Element(0xB7, Unsigned(0xF7, t), Unsigned(0xF1, 1234)))]);

    private static byte[] Cues(params byte[][] points) => Element(0x1C53BB6B, points);

    private static byte[] Cluster() => Element(0x1F43B675, Unsigned(0xE7, 0), Element(0xA3, new byte[100]));

    private static byte[] Seek(uint id, long position) =>
        Element(0x4DBB, Element(0x53AB, Id(id)), Element(0x53AC, BitConverter.GetBytes(position).Reverse().ToArray()));

    // Builds a file with the Cues after the clusters (as ffmpeg writes it), located through the SeekHead.
    private static byte[] FileWithCuesAtEnd(byte[] info, byte[] tracks, byte[] cues, int clusters = 3, bool unknownSegmentSize = false)
    {
        var body = new List<byte[]>();
        // The SeekHead has a fixed size, so its positions can be computed before it is written.
        var seekHeadLength = Element(0x114D9B74, Seek(0x1C53BB6B, 0), Seek(0x1549A966, 0), Seek(0x1654AE6B, 0)).Length;
        long position = seekHeadLength;
        var infoPosition = position;
        position += info.Length;
        var tracksPosition = position;
        position += tracks.Length;
        var clusterBytes = Enumerable.Range(0, clusters).SelectMany(_ => Cluster()).ToArray();
        position += clusterBytes.Length;
        var cuesPosition = position;

        body.Add(Element(0x114D9B74, Seek(0x1C53BB6B, cuesPosition), Seek(0x1549A966, infoPosition), Seek(0x1654AE6B, tracksPosition)));
        body.Add(info);
        body.Add(tracks);
        body.Add(clusterBytes);
        body.Add(cues);
        var data = body.SelectMany(b => b).ToArray();
        return [.. Header, .. unknownSegmentSize ? UnknownSize(0x18538067, data) : Element(0x18538067, data)];
    }

    private static ReadRange Over(byte[] file, List<(long Offset, int Length)>? reads = null) => (offset, length, _) =>
    {
        reads?.Add((offset, length));
        var start = (int)Math.Min(offset, file.Length);
        var count = Math.Min(length, file.Length - start);
        return ValueTask.FromResult<ReadOnlyMemory<byte>>(file.AsMemory(start, count));
    };

    [Fact]
    public async Task Reads_video_keyframes_through_the_seek_head()
    {
        var file = FileWithCuesAtEnd(
            Info(1_000_000),
            Tracks((1, 1), (2, 2)),
            Cues(CuePoint(23, 1), CuePoint(2023, 1), CuePoint(3000, 2), CuePoint(4023, 1, 2)));

        var index = await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken);

        Assert.NotNull(index);
        Assert.Equal([0.023, 2.023, 4.023], index.Times);
    }

    [Fact]
    public async Task Applies_the_timecode_scale()
    {
        var file = FileWithCuesAtEnd(Info(100_000), Tracks((3, 1)), Cues(CuePoint(0, 3), CuePoint(15, 3)));

        var index = await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken);

        Assert.Equal([0.0, 0.0015], index!.Times);
    }

    [Fact]
    public async Task Defaults_to_a_millisecond_timecode_scale_and_sorts()
    {
        var file = FileWithCuesAtEnd(Element(0x1549A966, Unsigned(0x4489, 1000)), Tracks((1, 1)), Cues(CuePoint(4000, 1), CuePoint(2000, 1)));

        var index = await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken);

        Assert.Equal([2.0, 4.0], index!.Times);
    }

    [Fact]
    public async Task Accepts_a_segment_of_unknown_size()
    {
        var file = FileWithCuesAtEnd(Info(1_000_000), Tracks((1, 1)), Cues(CuePoint(0, 1), CuePoint(6000, 1)), unknownSegmentSize: true);

        var index = await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken);

        Assert.Equal([0.0, 6.0], index!.Times);
    }

    [Fact]
    public async Task Reads_only_metadata_not_clusters()
    {
        var file = FileWithCuesAtEnd(Info(1_000_000), Tracks((1, 1)), Cues(CuePoint(0, 1)), clusters: 2000);
        var reads = new List<(long Offset, int Length)>();

        await MatroskaCuesReader.ReadAsync(Over(file, reads), TestContext.Current.CancellationToken);

        Assert.True(file.Length > 200_000);
        Assert.Equal(2, reads.Count);
        Assert.Equal(0, reads[0].Offset);
    }

    [Fact]
    public async Task Returns_null_without_cues()
    {
        var data = new[] { Info(1_000_000), Tracks((1, 1)), Cluster() }.SelectMany(b => b).ToArray();
        byte[] file = [.. Header, .. Element(0x18538067, data)];

        Assert.Null(await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, byte[]> MalformedFiles => new()
    {
        { "not EBML", "RIFF....AVI LIST"u8.ToArray() },
        { "empty", [] },
        { "no segment", [.. Header, .. Element(0x1549A966, Unsigned(0x2AD7B1, 1))] },
        { "absurd cues size", [.. Header, .. Element(0x18538067, [.. Element(0x114D9B74, Seek(0x1C53BB6B, 64)), .. new byte[50], .. HeaderOnly(0x1C53BB6B, 1L << 40)])] },
        { "cues past the end", [.. Header, .. Element(0x18538067, [.. Element(0x114D9B74, Seek(0x1C53BB6B, 64)), .. new byte[50], .. HeaderOnly(0x1C53BB6B, 1000)])] },
        { "cues position points elsewhere", [.. Header, .. Element(0x18538067, [.. Element(0x114D9B74, Seek(0x1C53BB6B, 3)), .. new byte[50]])] },
        { "zero timecode scale", [.. Header, .. Element(0x18538067, [.. Info(0), .. Cues(CuePoint(1, 1))])] },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Rejects_malformed_files_with_a_clear_exception(string name, byte[] file)
    {
        var error = await Assert.ThrowsAsync<KeyframeIndexException>(
            async () => await MatroskaCuesReader.ReadAsync(Over(file), TestContext.Current.CancellationToken));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), name);
    }
}
