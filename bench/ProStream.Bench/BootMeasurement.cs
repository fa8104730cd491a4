using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ProStream.Bench;

/// <summary>One start: process start → first 200 from <c>/health/ready</c>, and resident memory once idle.</summary>
public sealed record BootRun(double ReadySeconds, double IdleRssMegabytes, double LoadAverage);

/// <summary>
/// Start-up and idle memory of the server (SQLite, migrations up to date) against the reference: an
/// empty ASP.NET Core app (bench/EmptyApp), started alternately in the same minute.
/// </summary>
public static class BootMeasurement
{
    /// <summary>How long a started process sits without requests before its RSS is read.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public static async Task<(IReadOnlyList<BootRun> Server, IReadOnlyList<BootRun> Empty)> RunAsync(int runs, TextWriter log)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "prostream-bench", $"boot-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        try
        {
            // Untimed: creates and migrates the database, warms the page cache and the bench's own HTTP client.
            await OnceAsync(address => ServerUnderTest.StartInfo(address, dataDir));
            await OnceAsync(EmptyApp);
            var (server, empty) = (new List<BootRun>(), new List<BootRun>());
            for (var i = 0; i < runs; i++)
            {
                empty.Add(await OnceAsync(EmptyApp));
                server.Add(await OnceAsync(address => ServerUnderTest.StartInfo(address, dataDir)));
                log.WriteLine($"boot {i + 1}/{runs}: server {server[^1]}, empty app {empty[^1]}");
            }

            return (server, empty);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static ProcessStartInfo EmptyApp(Uri address)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServerUnderTest.BuiltAssembly(Path.Combine("bench", "EmptyApp"), "EmptyApp.dll"));
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private static async Task<BootRun> OnceAsync(Func<Uri, ProcessStartInfo> startInfo)
    {
        var address = new Uri($"http://127.0.0.1:{ServerUnderTest.FreePort()}/");
        var ready = new Uri(address, "health/ready");
        var start = startInfo(address);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await IsReadyAsync(http, ready))
            {
                // A hang guard only: on a machine loaded by other builds a start has taken a minute.
                if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new InvalidOperationException(
                        $"{start.ArgumentList[0]} did not become ready ({(process.HasExited ? $"exit code {process.ExitCode}" : "still starting")}); its last output:\n{string.Join('\n', output)}");
                }

                await Task.Delay(5);
            }

            var readySeconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(Idle);
            return new BootRun(readySeconds, RssMegabytes(process.Id), await MachineDescription.LoadAverageAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    // The last lines a process printed, for the message when it dies before it is ready.
    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > 30 && lines.TryDequeue(out _))
        {
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri address)
    {
        try
        {
            using var response = await http.GetAsync(address);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static double RssMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
