using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProStream.Bench;

/// <summary>A loopback file server with HTTP Range support (like a debrid CDN) that counts the bytes it sends.</summary>
public sealed class RangeFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _bytesSent;
    private long _requests;

    private RangeFileServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Print each request's range and the bytes sent for it (PROSTREAM_BENCH_TRACE=1).</summary>
    public bool TraceRequests { get; init; } = Environment.GetEnvironmentVariable("PROSTREAM_BENCH_TRACE") == "1";

    public Uri UrlOf(string name) => new(BaseAddress, "films/" + name);

    public static async Task<RangeFileServer> StartAsync(string directory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RangeFileServer(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            var original = context.Response.Body;
            long sent = 0;
            await using var counting = new CountingStream(original, n =>
            {
                Interlocked.Add(ref server._bytesSent, n);
                Interlocked.Add(ref sent, n);
            });
            context.Response.Body = counting;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
                if (server.TraceRequests)
                {
                    Console.Error.WriteLine($"range server: {context.Request.Path} Range {context.Request.Headers.Range} → {sent} bytes");
                }
            }
        });
        app.MapGet("/films/{name}", (string name) =>
        {
            var path = Path.Combine(directory, Path.GetFileName(name));
            return File.Exists(path) ? Results.File(path, "application/octet-stream", enableRangeProcessing: true) : Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class CountingStream(Stream inner, Action<int> onWrite) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            onWrite(count);
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            onWrite(buffer.Length);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
