using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ProStream.Bench;

/// <summary>
/// Reads a TCP connection's <c>tcpi_bytes_acked</c> (Linux <c>struct tcp_info</c>) through a duplicate of its descriptor,
/// so that the count stays readable after the server closes its own (a client hanging up aborts the request and
/// Kestrel closes the socket at once). Bytes acknowledged are what crossed the wire into the client's kernel.
/// </summary>
internal sealed partial class AckCounter : IDisposable
{
    private const int IpProtoTcp = 6;
    private const int TcpInfo = 11;
    private const int StateOffset = 0;
    private const int BytesAckedOffset = 120;
    private const byte Established = 1;
    private readonly int _fd;

    private AckCounter(int fd) => _fd = fd;

    public static AckCounter? Open(Socket? socket)
    {
        if (socket is null || !OperatingSystem.IsLinux())
        {
            return null;
        }

        var fd = Dup((int)socket.SafeHandle.DangerousGetHandle());
        return fd < 0 ? null : new AckCounter(fd);
    }

    public long? BytesAcked() => Read() is { } info ? BinaryPrimitives.ReadInt64LittleEndian(info.AsSpan(BytesAckedOffset)) : null;

    /// <summary>Still established: more may yet be acknowledged.</summary>
    public bool IsOpen() => Read() is { } info && info[StateOffset] == Established;

    private byte[]? Read()
    {
        var info = new byte[256];
        var length = info.Length;
        return GetSockOpt(_fd, IpProtoTcp, TcpInfo, info, ref length) == 0 && length >= BytesAckedOffset + 8 ? info : null;
    }

    public void Dispose() => _ = Close(_fd);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    private static partial int GetSockOpt(int fd, int level, int name, [Out] byte[] value, ref int length);
}
