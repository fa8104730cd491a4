using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace ProStream.Server.Playback.Sources;

/// <summary>
/// The byte ranges of one source already read, kept on disk in the session's directory as extent
/// files (each a contiguous run starting at the offset in its name), so every later reader (probe,
/// keyframe index, each ffmpeg run) gets them without asking the source again. Above its cap the
/// least recently used extents are dropped.
/// </summary>
internal sealed class SourceCache(string directory, long capacityBytes) : IDisposable
{
    public const long MaxExtentBytes = 8L * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly List<Extent> _extents = [];
    private long _held;
    private long _clock;
    private bool _disposed;

    public long HeldBytes
    {
        get
        {
            lock (_lock)
            {
                return _held;
            }
        }
    }

    /// <summary>Reads cached bytes at <paramref name="position"/>; 0 when none are cached there.</summary>
    public int Read(long position, Span<byte> buffer)
    {
        Extent extent;
        int count;
        lock (_lock)
        {
            var found = _extents.Find(e => e.Start <= position && position < e.Start + e.Length);
            if (found is null || _disposed)
            {
                return 0;
            }

            extent = found;
            extent.LastUsed = ++_clock;
            count = (int)Math.Min(buffer.Length, extent.Start + extent.Length - position);
        }

        try
        {
            using var handle = File.OpenHandle(extent.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return RandomAccess.Read(handle, buffer[..count], position - extent.Start);
        }
        catch (FileNotFoundException)
        {
            return 0; // Evicted meanwhile: the caller fetches it again.
        }
    }

    /// <summary>Where the next cached run after <paramref name="position"/> starts (<see cref="long.MaxValue"/> if none).</summary>
    public long NextCachedStart(long position)
    {
        lock (_lock)
        {
            return _extents.Where(e => e.Start > position && e.Length > 0).Select(e => e.Start).DefaultIfEmpty(long.MaxValue).Min();
        }
    }

    /// <summary>Starts recording bytes read from the source at <paramref name="position"/>.</summary>
    public Writer BeginWrite(long position) => new(this, position);

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _extents.Clear();
            _held = 0;
        }
    }

    private Extent AddExtent(long start)
    {
        Directory.CreateDirectory(directory);
        var extent = new Extent(start, Path.Combine(directory, $"{start.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.part"));
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            extent.Writing = true;
            extent.LastUsed = ++_clock;
            _extents.Add(extent);
        }

        return extent;
    }

    private void Grew(Extent extent, int bytes)
    {
        List<Extent> evicted = [];
        lock (_lock)
        {
            extent.Length += bytes;
            _held += bytes;
            while (_held > capacityBytes && _extents.Where(e => !e.Writing).MinBy(e => e.LastUsed) is { } oldest)
            {
                _extents.Remove(oldest);
                _held -= oldest.Length;
                evicted.Add(oldest);
            }
        }

        foreach (var old in evicted)
        {
            File.Delete(old.Path);
        }
    }

    private void Finished(Extent extent)
    {
        lock (_lock)
        {
            extent.Writing = false;
        }
    }

    private sealed class Extent(long start, string path)
    {
        public long Start { get; } = start;

        public string Path { get; } = path;

        public long Length { get; set; }

        public long LastUsed { get; set; }

        public bool Writing { get; set; }
    }

    /// <summary>Appends consecutive bytes, starting a new extent file every <see cref="MaxExtentBytes"/> so eviction stays fine-grained.</summary>
    internal sealed class Writer(SourceCache cache, long position) : IDisposable
    {
        private Extent? _extent;
        private SafeFileHandle? _handle;

        public void Append(ReadOnlySpan<byte> bytes)
        {
            if (_extent is null || _extent.Length >= MaxExtentBytes)
            {
                Close();
                _extent = cache.AddExtent(position);
                _handle = File.OpenHandle(_extent.Path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            }

            RandomAccess.Write(_handle!, bytes, _extent.Length);
            cache.Grew(_extent, bytes.Length);
            position += bytes.Length;
        }

        public void Dispose() => Close();

        private void Close()
        {
            _handle?.Dispose();
            _handle = null;
            if (_extent is not null)
            {
                cache.Finished(_extent);
            }
        }
    }
}
