using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's nginx in the foreground on a free loopback port, passing <c>{basePath}/</c> to the app unchanged
/// (the configuration docs/operations.md gives operators). Missing nginx fails with what to install.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _root;

    private NginxProxy(Process process, string root, Uri address)
    {
        (_process, _root, Address) = (process, root, address);
    }

    /// <summary>The proxied app's address: <c>http://127.0.0.1:port/prostream/</c>.</summary>
    public Uri Address { get; }

    public static Task<NginxProxy> StartAsync(Uri app, string basePath) => StartAsync([app], basePath);

    /// <summary>Plain round-robin over <paramref name="apps"/> (nginx's default balancing); a connection refused goes to the next one.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> apps, string basePath)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: run `apt-get install -y nginx` (scripts/test installs it).");
        var root = TestDirectory.Create("nginx");
        if (!OperatingSystem.IsWindows())
        {
            // Started by root, the workers run as nobody: they must reach their temporary directories.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }

        var port = FreePort();
        var config = Path.Combine(root, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes 1;
            daemon off;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{root}}/access.log;
                upstream apps {
            {{string.Join("\n", apps.Select(a => $"        server {a.Authority};"))}}
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location {{basePath}}/ {
                        proxy_pass http://apps;
                        proxy_connect_timeout 2s;
                        proxy_http_version 1.1;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_buffering off;
                    }
                }
            }
            """);
        var start = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", root, "-c", config, "-e", Path.Combine(root, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var proxy = new NginxProxy(Process.Start(start)!, root, new Uri($"http://127.0.0.1:{port}{basePath}/"));
        await proxy.WaitUntilListeningAsync(port);
        return proxy;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        // Event-based enough: the master binds before it forks workers; a busy machine only makes this slower.
        for (var attempt = 0; attempt < 600 && !_process.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        var log = File.Exists(Path.Combine(_root, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(_root, "error.log")) : "";
        throw new InvalidOperationException($"nginx did not start: {await _process.StandardError.ReadToEndAsync()} {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The workers too: they are the master's children.
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        TestDirectory.Delete(_root);
    }
}
