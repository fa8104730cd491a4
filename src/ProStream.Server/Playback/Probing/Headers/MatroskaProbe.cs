using ProStream.Server.Playback.Keyframes;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>
/// Probes a Matroska/WebM source in-process from the bytes the session already read (the first 64 KiB, where
/// Info, Tracks and Tags usually are, plus the first Cluster), so that no ffprobe process is started.
/// </summary>
internal static class MatroskaProbe
{
    private const uint SegmentInfoId = 0x1549A966;
    private const uint TracksId = 0x1654AE6B;
    private const uint TagsId = 0x1254C367;
    private const long MaxMetadataSize = 16L * 1024 * 1024;
    private const int ClusterReadLength = 64 * 1024;

    /// <summary>Null when the file holds something only ffprobe can describe.</summary>
    /// <exception cref="KeyframeIndexException">The metadata is malformed.</exception>
    public static async ValueTask<MediaProbe?> ProbeAsync(ReadRange read, long fileSize, CancellationToken cancellationToken)
    {
        var (head, layout) = await MatroskaCuesReader.ReadLayoutAsync(read, cancellationToken);
        if (layout.InfoPosition is not { } infoPosition || layout.TracksPosition is not { } tracksPosition || layout.FirstClusterOffset is not { } cluster)
        {
            return null;
        }

        var info = await Element(infoPosition, SegmentInfoId);
        var tracks = await Element(tracksPosition, TracksId);
        var tags = layout.TagsPosition is { } tagsPosition ? await Element(tagsPosition, TagsId) : ReadOnlyMemory<byte>.Empty;
        var firstCluster = cluster + 1024 <= head.Length ? head[(int)cluster..] : await read(cluster, ClusterReadLength, cancellationToken);
        var output = MatroskaHeaders.Describe(info.Span, tracks.Span, tags.Span, firstCluster.Span, fileSize);
        return output is null ? null : FfprobeOutputParser.FromOutput(output);

        ValueTask<ReadOnlyMemory<byte>> Element(long position, uint id) =>
            MatroskaCuesReader.ReadElementAsync(read, head, layout.SegmentDataOffset + position, id, MaxMetadataSize, cancellationToken);
    }
}
