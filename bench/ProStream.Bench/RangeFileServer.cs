using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProStream.Bench;

/// <summary>
/// A loopback file server with HTTP Range support (like a debrid CDN) that counts the bytes it sends: bytes the client's
/// TCP stack acknowledged (Linux <c>TCP_INFO.tcpi_bytes_acked</c>, per request), i.e. what crossed the wire — not what
/// was written into Kestrel, which buffers far more than the socket holds when a client stops reading and hangs up.
/// </summary>
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

    /// <summary>
    /// The self-signed certificate (CA, SAN 127.0.0.1) served when started with <c>https</c>; the server process
    /// trusts it through <c>SSL_CERT_FILE</c> (<see cref="WriteCertificatePem"/>), as an operator trusts a private CA.
    /// </summary>
    public static X509Certificate2 Certificate => SelfSigned.Value;

    private static readonly Lazy<X509Certificate2> SelfSigned = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    });

    /// <summary>Writes <see cref="Certificate"/> (public part) as PEM, for a child process's <c>SSL_CERT_FILE</c>.</summary>
    public static string WriteCertificatePem(string path)
    {
        File.WriteAllText(path, Certificate.ExportCertificatePem() + "\n");
        return path;
    }

    /// <param name="https">serve HTTPS with <see cref="Certificate"/>, like a debrid CDN (AllDebrid's unlocked links must be https).</param>
    public static async Task<RangeFileServer> StartAsync(string directory, bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(https ? "https://127.0.0.1:0" : "http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(tls => tls.ServerCertificate = Certificate));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RangeFileServer(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            var original = context.Response.Body;
            long written = 0;
            // A duplicate of the connection's descriptor keeps its TCP_INFO readable after Kestrel closes the socket on a hang-up.
            using var connection = AckCounter.Open(context.Features.Get<IConnectionSocketFeature>()?.Socket);
            var ackedBefore = connection?.BytesAcked();
            // Counts what was written while the client was connected, and stops the copy when it hangs up, as a CDN does.
            // Kestrel accepts (and discards) response writes after the client has gone, and Results.File's copy does not
            // watch RequestAborted: an ffprobe that read 0.3 MB and hung up used to count as up to the rest of the file.
            await using var counting = new CountingStream(original, context.RequestAborted, n => Interlocked.Add(ref written, n));
            context.Response.Body = counting;
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
            finally
            {
                context.Response.Body = original;
                // What the client's TCP stack acknowledged for this request (headers included), read once nothing more can
                // be: all of a complete response acknowledged (Kestrel may still be flushing it), or the connection closed.
                // The bytes written when TCP_INFO is unavailable.
                var sent = written;
                if (connection is not null && ackedBefore is { } before)
                {
                    if (!context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.CompleteAsync();
                    }

                    var waited = System.Diagnostics.Stopwatch.StartNew();
                    while (connection.IsOpen() && connection.BytesAcked() - before < written && waited.Elapsed < TimeSpan.FromSeconds(5))
                    {
                        await Task.Delay(1, CancellationToken.None);
                    }

                    sent = (connection.BytesAcked() ?? before + written) - before;
                }

                Interlocked.Add(ref server._bytesSent, sent);
                if (server.TraceRequests)
                {
                    var aborted = context.RequestAborted.IsCancellationRequested ? " (client hung up)" : "";
                    Console.Error.WriteLine($"range server: {context.Request.Path} Range {context.Request.Headers.Range} → {sent} bytes acknowledged, {written} written{aborted}");
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

    private sealed class CountingStream(Stream inner, CancellationToken clientGone, Action<int> onWrite) : Stream
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
            clientGone.ThrowIfCancellationRequested();
            onWrite(count);
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            clientGone.ThrowIfCancellationRequested();
            onWrite(buffer.Length);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
