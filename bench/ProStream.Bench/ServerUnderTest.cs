using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace ProStream.Bench;

/// <summary>
/// The built server (same configuration as the bench) started as its own process with a temporary
/// data directory, as an operator runs it; ffmpeg runs as its children.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDir;

    private ServerUnderTest(Process process, Uri address, string dataDir)
    {
        _process = process;
        Address = address;
        _dataDir = dataDir;
    }

    private System.Collections.Concurrent.ConcurrentDictionary<Guid, StartSteps> _startSteps = new();

    public Uri Address { get; }

    /// <summary>The server's own account of a session's start (its "created" log line), once logged.</summary>
    public async Task<StartSteps?> StartStepsAsync(Guid sessionId)
    {
        for (var i = 0; i < 40 && !_startSteps.ContainsKey(sessionId); i++)
        {
            await Task.Delay(25);
        }

        return _startSteps.GetValueOrDefault(sessionId);
    }

    public int ProcessId => _process.Id;

    /// <param name="environment">more environment for the server process (settings as <c>Section__Key</c>, <c>SSL_CERT_FILE</c>).</param>
    public static async Task<ServerUnderTest> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "prostream-bench", $"data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(address, dataDir);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // The server's JSON log goes to a file next to the films, kept after the run for post-mortems.
        var logPath = Path.Combine(Path.GetTempPath(), "prostream-bench", "server.log");
        var serverLog = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var startSteps = new System.Collections.Concurrent.ConcurrentDictionary<Guid, StartSteps>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (serverLog) { serverLog.WriteLine(e.Data); }
                if (StartSteps.TryParse(e.Data) is { } steps)
                {
                    startSteps[steps.SessionId] = steps;
                }
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[server] {e.Data}"); lock (serverLog) { serverLog.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(process, address, dataDir) { _startSteps = startSteps };
        await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(5));
        return server;
    }

    /// <summary>How the bench starts the server: the built assembly, a data directory, the bench's settings.</summary>
    public static ProcessStartInfo StartInfo(Uri address, string dataDir)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(BuiltAssembly(Path.Combine("src", "ProStream.Server"), "ProStream.Server.dll"));
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["DOTNET_ENVIRONMENT"] = "Benchmark";
        start.Environment["ProStream__DataDir"] = dataDir;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The session starter's "created" line carries each start step's cost, which the start stage reports.
        start.Environment["Logging__LogLevel__ProStream.Server.Playback.Sessions.PlaybackSessionStarter"] = "Information";
        start.Environment["Playback__AllowPrivateSources"] = "true";
        start.Environment["Playback__MaxSessions"] = "100";
        start.Environment["Playback__MaxSessionsPerUser"] = "100";
        // The benchmark measures playback, not the rate limiter (which would refuse bursts of session starts by design).
        // Limits are raised rather than switched off: RateLimiting__Enabled=false leaves endpoints naming policies that
        // no longer exist (500 on every limited endpoint).
        foreach (var policy in new[] { "Global", "Auth", "Sessions", "Segments" })
        {
            start.Environment[$"RateLimiting__{policy}__PermitLimit"] = "1000000";
        }

        return start;
    }

    /// <summary>A client signed in as a new viewer.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        const string password = "correct horse battery staple";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "bench" })).EnsureSuccessStatusCode();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>CPU seconds (user + system) of the server's children that have exited and been reaped: ffmpeg and ffprobe.</summary>
    public double ReapedChildrenCpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17 (1-based).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return ticks / (double)ClockTicksPerSecond;
    }

    /// <summary>ffmpeg processes still running under the server.</summary>
    public int RunningFfmpegCount() => Directory.EnumerateDirectories("/proc")
        .Select(d => Path.GetFileName(d))
        .Where(name => int.TryParse(name, out _))
        .Count(pid =>
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return stat.Contains("(ffmpeg)", StringComparison.Ordinal) && fields[1] == _process.Id.ToString(CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return false;
            }
        });

    // USER_HZ is 100 on every Linux architecture the server runs on.
    private const int ClockTicksPerSecond = 100;

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The server did not become ready.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A project's build output in the bench's own configuration, e.g. <c>src/ProStream.Server</c>.</summary>
    public static string BuiltAssembly(string projectDirectory, string assembly)
    {
        var bin = AppContext.BaseDirectory; // …/bench/ProStream.Bench/bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(bin.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(bin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ProStream.slnx")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, projectDirectory, "bin", configuration, "net10.0", assembly);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed record TokenBody(string AccessToken);
}
