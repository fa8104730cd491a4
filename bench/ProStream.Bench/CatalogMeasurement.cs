using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProStream.Bench;

/// <summary>One wrk run: throughput and 99th-percentile latency.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, double LoadAverage);

/// <summary>
/// Cached <c>GET /api/catalog/movies/popular</c> with a bearer token against nginx (Debian's) serving the
/// same bytes as a static file, with wrk (Debian's) <c>-t2 -c32</c>, alternately in the same minute.
/// </summary>
public sealed partial class CatalogMeasurement(Uri serverAddress, HttpClient client)
{
    private const string Route = "/api/catalog/movies/popular";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<(WrkResult Server, WrkResult Nginx)>> RunAsync(int rounds, TextWriter log)
    {
        // The first call fills the cache; every request wrk makes is a hit.
        var body = await client.GetByteArrayAsync(Route);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var root = Path.Combine(Path.GetTempPath(), "prostream-bench", $"nginx-{Guid.NewGuid():N}");
        await using var nginx = await Nginx.StartAsync(root, body);
        var results = new List<(WrkResult, WrkResult)>();
        // Untimed warm-up of both (JIT, connection set-up).
        await WrkAsync(new Uri(serverAddress, Route), token, TimeSpan.FromSeconds(3));
        await WrkAsync(nginx.Url, null, TimeSpan.FromSeconds(3));
        for (var i = 0; i < rounds; i++)
        {
            var reference = await WrkAsync(nginx.Url, null, Duration);
            var server = await WrkAsync(new Uri(serverAddress, Route), token, Duration);
            log.WriteLine($"catalog {i + 1}/{rounds}: server {server}, nginx {reference}");
            results.Add((server, reference));
        }

        return results;
    }

    private static async Task<WrkResult> WrkAsync(Uri url, string? token, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", "-c32", $"-d{duration.TotalSeconds:0}s", "--latency" })
        {
            start.ArgumentList.Add(argument);
        }

        if (token is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Authorization: Bearer {token}");
        }

        start.ArgumentList.Add(url.ToString());
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk against {url} failed or got errors:\n{output}");
        }

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99().Match(output);
        var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
        var milliseconds = p99.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
        return new WrkResult(rps, milliseconds, await MachineDescription.LoadAverageAsync());
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    /// <summary>nginx in the foreground on a free loopback port, serving one file, as tuned as it is by default plus keep-alive without a request cap.</summary>
    private sealed class Nginx(Process process, string root, Uri url) : IAsyncDisposable
    {
        public Uri Url => url;

        public static async Task<Nginx> StartAsync(string root, byte[] body)
        {
            var www = Path.Combine(root, "www");
            Directory.CreateDirectory(www);
            await File.WriteAllBytesAsync(Path.Combine(www, "popular.json"), body);
            // Workers run as nobody when started by root: they must be able to read the file.
            if (!OperatingSystem.IsWindows())
            {
                foreach (var path in new[] { Path.GetDirectoryName(root)!, root, www })
                {
                    File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
                }
            }

            var port = ServerUnderTest.FreePort();
            var config = Path.Combine(root, "nginx.conf");
            await File.WriteAllTextAsync(config, $$"""
                worker_processes {{Environment.ProcessorCount}};
                daemon off;
                pid {{root}}/nginx.pid;
                error_log {{root}}/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    keepalive_requests 100000000;
                    types { application/json json; }
                    server { listen 127.0.0.1:{{port}}; root {{www}}; }
                }
                """);
            var start = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-p", root, "-c", config })
            {
                start.ArgumentList.Add(argument);
            }

            var nginx = new Nginx(Process.Start(start)!, root, new Uri($"http://127.0.0.1:{port}/popular.json"));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    if ((await http.GetByteArrayAsync(nginx.Url)).Length == body.Length)
                    {
                        return nginx;
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            throw new InvalidOperationException("nginx did not start; see " + Path.Combine(root, "error.log"));
        }

        public async ValueTask DisposeAsync()
        {
            // The workers too: they are the master's children.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }
}
