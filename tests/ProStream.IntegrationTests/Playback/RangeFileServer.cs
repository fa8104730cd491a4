using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProStream.IntegrationTests.Playback;

/// <summary>A loopback file server with HTTP Range support (like a debrid CDN) that counts the bytes it sends.</summary>
public sealed class RangeFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _bytesSent;

    private RangeFileServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Where the misbehaving sources point (an internal server that must never be reached).</summary>
    public Uri Inward { get; set; } = new("http://127.0.0.1:9/");

    public Uri Port(string host) => new UriBuilder(BaseAddress) { Host = host }.Uri;

    public Uri UrlOf(string name) => new(BaseAddress, "films/" + name);

    /// <summary>The film at <c>/gated/{name}</c> is served once <see cref="OpenGate"/> is called.</summary>
    public Uri GatedUrlOf(string name) => new(BaseAddress, "gated/" + name);

    /// <summary>Completes when a request for a gated film arrived and waits at the gate.</summary>
    public Task GateReached => _gateReached.Task;

    public void OpenGate() => _gate.TrySetResult();

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gateReached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The self-signed certificate served when started with <c>https</c> (made once per test run).</summary>
    public static X509Certificate2 Certificate => SelfSigned.Value;

    private static readonly Lazy<X509Certificate2> SelfSigned = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    });

    /// <param name="directory">the films served under <c>/films/{name}</c>.</param>
    /// <param name="https">serve HTTPS with <see cref="Certificate"/>, like a debrid CDN (AllDebrid links are https).</param>
    /// <param name="host">the loopback address to listen on (127.0.0.2 stands for a public host in guarded tests).</param>
    public static async Task<RangeFileServer> StartAsync(string directory, bool https = false, string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(https ? $"https://{host}:0" : $"http://{host}:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(tls => tls.ServerCertificate = Certificate));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RangeFileServer(app);
        app.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            await using var counting = new CountingStream(original, n => Interlocked.Add(ref server._bytesSent, n));
            context.Response.Body = counting;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
        });
        app.MapGet("/films/{name}", (string name) =>
        {
            var path = Path.Combine(directory, Path.GetFileName(name));
            return File.Exists(path) ? Results.File(path, "video/x-matroska", enableRangeProcessing: true) : Results.NotFound();
        });
        app.MapGet("/gated/{name}", async (string name, CancellationToken ct) =>
        {
            server._gateReached.TrySetResult();
            await server._gate.Task.WaitAsync(ct);
            var path = Path.Combine(directory, Path.GetFileName(name));
            return File.Exists(path) ? Results.File(path, "video/x-matroska", enableRangeProcessing: true) : Results.NotFound();
        });
        app.MapGet("/redirect/{name}", (string name) => Results.Redirect("/films/" + name));
        MisbehavingSources.Map(app, () => server.Inward);
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
