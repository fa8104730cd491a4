using System.Globalization;
using ProStream.Server.Playback.Ffmpeg;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;

namespace ProStream.Server.Playback.Sessions;

/// <summary>The files of one session: segment paths by rendition and index, and their housekeeping.</summary>
internal sealed class SessionFiles(string directory, RenditionPlan renditions, int segmentCount)
{
    private readonly Lock _stripping = new();

    public string Directory => directory;

    /// <summary>Directories holding CMAF segments: the video first, then each audio rendition.</summary>
    public IReadOnlyList<string> SegmentDirectories { get; } =
        [VideoRendition.Name, .. renditions.Audio.Select(a => a.DirectoryName)];

    public void Create()
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var name in SegmentDirectories.Concat(renditions.Subtitles.Select(s => s.DirectoryName)))
        {
            System.IO.Directory.CreateDirectory(Path.Combine(directory, name));
        }
    }

    public string SegmentPath(string rendition, int index) =>
        PlaybackWorkDirectory.Contained(directory, Path.Combine(rendition, $"{index.ToString(CultureInfo.InvariantCulture)}.{HlsPlaylistWriter.MediaSegmentExtension}"));

    /// <summary>
    /// The rendition's init segment (ftyp + moov) once ffmpeg has written it whole, else null. Every run writes
    /// the same bytes (same streams, same muxer options), so the first complete one read serves the session.
    /// For a rendition whose segments carry their own header, that header, read from any segment.
    /// </summary>
    public byte[]? ReadInitSegment(string rendition) =>
        ReadInitFile(rendition) ?? Indexes(rendition).Select(i => ReadSegmentHeader(SegmentPath(rendition, i))).FirstOrDefault(h => h is not null);

    /// <summary>
    /// A complete segment that starts with its own header (ftyp + moov) loses it, so that it is served as media only;
    /// the header becomes the rendition's init segment if there is none yet. Files are replaced whole, never edited.
    /// </summary>
    public void StripSegmentHeader(string rendition, int index)
    {
        var path = SegmentPath(rendition, index);
        if (!StartsWithHeader(path))
        {
            return;
        }

        // Two requests for the same segment must not both cut it: the second would cut media.
        lock (_stripping)
        {
            if (ReadAllOrNull(path) is not { } bytes || SegmentHeader.Length(bytes) is not { } length || length == 0)
            {
                return;
            }

            if (ReadInitFile(rendition) is null)
            {
                ReplaceWhole(PlaybackWorkDirectory.Contained(directory, Path.Combine(rendition, HlsPlaylistWriter.InitSegmentName)), bytes.AsSpan(0, length));
            }

            ReplaceWhole(path, bytes.AsSpan(length));
        }
    }

    /// <summary>Whether the file starts with an <c>ftyp</c> box: only 8 bytes are read, so media segments cost nothing more.</summary>
    private static bool StartsWithHeader(string path)
    {
        Span<byte> start = stackalloc byte[8];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start[4..].SequenceEqual("ftyp"u8);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private static byte[]? ReadAllOrNull(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static byte[]? ReadSegmentHeader(string path)
    {
        if (!StartsWithHeader(path))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var start = new byte[(int)Math.Min(stream.Length, SegmentHeader.MaxBytes)];
            stream.ReadExactly(start);
            return SegmentHeader.Length(start) is > 0 and var length ? start[..length] : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        {
            return null;
        }
    }

    private static void ReplaceWhole(string path, ReadOnlySpan<byte> bytes)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        File.WriteAllBytes(partial, bytes);
        File.Move(partial, path, overwrite: true);
    }

    private byte[]? ReadInitFile(string rendition)
    {
        var path = PlaybackWorkDirectory.Contained(directory, Path.Combine(rendition, HlsPlaylistWriter.InitSegmentName));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length is 0 or > MaxInitSegmentBytes)
            {
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return IsWholeInitSegment(bytes) ? bytes : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        {
            return null;
        }
    }

    public bool Exists(string rendition, int index) => File.Exists(SegmentPath(rendition, index));

    /// <summary>Complete when the next segment exists, or when a run covering it has exited cleanly.</summary>
    public bool IsComplete(string rendition, int index, FfmpegRun? run) =>
        Exists(rendition, index)
        && (index + 1 < segmentCount && Exists(rendition, index + 1)
            || (run is { HasExited: true, Stopped: false } && run.Exited.Result == 0 && index >= run.StartSegment));

    /// <summary>The highest segment index the run has started writing, or StartSegment - 1.</summary>
    public int Frontier(FfmpegRun run, int hint)
    {
        var k = Math.Max(run.StartSegment, hint);
        if (!Exists(VideoRendition.Name, k))
        {
            k = run.StartSegment;
            if (!Exists(VideoRendition.Name, k))
            {
                return run.StartSegment - 1;
            }
        }

        while (k + 1 < segmentCount && Exists(VideoRendition.Name, k + 1))
        {
            k++;
        }

        return k;
    }

    /// <summary>Before a restart at <paramref name="from"/>: drop what the new run rewrites and what a killed run left half-written.</summary>
    public void DeleteFromAndIncomplete(int from)
    {
        foreach (var rendition in SegmentDirectories)
        {
            foreach (var index in Indexes(rendition))
            {
                if (index >= from || !Exists(rendition, index + 1))
                {
                    TryDelete(SegmentPath(rendition, index));
                }
            }
        }
    }

    public void DeleteBefore(int index)
    {
        foreach (var rendition in SegmentDirectories)
        {
            foreach (var old in Indexes(rendition).Where(i => i < index))
            {
                TryDelete(SegmentPath(rendition, old));
            }
        }
    }

    public long Size() =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => SafeLength(f));

    public IEnumerable<string> SubtitleRuns(SubtitleRendition subtitle, int runCount)
    {
        for (var run = 0; run < runCount; run++)
        {
            var path = Path.Combine(directory, subtitle.DirectoryName, FfmpegArgumentBuilder.SubtitleRunFileName(run));
            if (File.Exists(path))
            {
                yield return ReadShared(path);
            }
        }
    }

    private const int MaxInitSegmentBytes = 1 << 20;

    // Top-level boxes that fill the file exactly and end with a moov: the header is no longer being written.
    private static bool IsWholeInitSegment(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        var lastType = "";
        while (offset + 8 <= bytes.Length)
        {
            var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes[offset..]);
            if (size < 8 || size > bytes.Length - offset)
            {
                return false;
            }

            lastType = System.Text.Encoding.ASCII.GetString(bytes.Slice(offset + 4, 4));
            offset += (int)size;
        }

        return offset == bytes.Length && lastType == "moov";
    }

    private IEnumerable<int> Indexes(string rendition)
    {
        var path = Path.Combine(directory, rendition);
        if (!System.IO.Directory.Exists(path))
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(path, "*." + HlsPlaylistWriter.MediaSegmentExtension)
            .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i >= 0)
            .ToArray();
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static long SafeLength(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
