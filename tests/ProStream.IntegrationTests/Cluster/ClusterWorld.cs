using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;
using StackExchange.Redis;

namespace ProStream.IntegrationTests.Cluster;

/// <summary>
/// Three server processes on loopback sharing one database (PostgreSQL when the run has one, else one SQLite file)
/// and one Redis, behind Debian's nginx doing plain round-robin; generated films on a Range server.
/// </summary>
public sealed class ClusterWorld : IAsyncDisposable
{
    public const int Instances = 3;
    private const string SigningKey = "cluster-test-signing-key-0123456789-abcdefghijklmnop";

    private readonly string _root = TestDirectory.Create("cluster");
    private readonly Dictionary<string, string> _shared;
    private readonly string? _database;
    private readonly Uri[] _addresses;

    private ClusterWorld(RedisServer redis, RangeFileServer films, IDictionary<string, string> settings, string? database)
    {
        Redis = redis;
        Films = films;
        _database = database;
        _shared = new Dictionary<string, string>(settings);
        _addresses = [.. Enumerable.Range(0, Instances).Select(_ => new Uri($"http://127.0.0.1:{ServerProcess.FreePort()}"))];
        Servers = new ServerProcess?[Instances];
    }

    public RedisServer Redis { get; }

    public RangeFileServer Films { get; }

    public NginxProxy Balancer { get; private set; } = null!;

    public ServerProcess?[] Servers { get; }

    public static async Task<ClusterWorld> StartAsync(IDictionary<string, string>? settings = null)
    {
        var films = await TestFilms.GetAsync();
        var redis = new RedisServer();
        var server = await RangeFileServer.StartAsync(films.Directory);
        var all = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Auth__SigningKey"] = SigningKey,
            ["Auth__AllowRegistration"] = "true",
            ["Redis__Configuration"] = redis.Configuration,
            ["Playback__AllowPrivateSources"] = "true",
            ["Playback__ProbeTimeout"] = "00:02:00",
            ["Playback__StartTimeout"] = "00:03:00",
        };
        string? database = null;
        if (TestDatabases.UsePostgres)
        {
            database = $"prostream_test_{Guid.NewGuid():N}";
            all["Database__Provider"] = "Postgres";
            all["ConnectionStrings__Default"] = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer) { Database = database }.ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var world = new ClusterWorld(redis, server, all, database);
        if (!TestDatabases.UsePostgres)
        {
            world._shared["ConnectionStrings__Default"] = $"Data Source={Path.Combine(world._root, "prostream.db")}";
        }

        // The first one migrates the shared database; the others start once it has.
        await world.StartInstanceAsync(0);
        await Task.WhenAll(Enumerable.Range(1, Instances - 1).Select(world.StartInstanceAsync));
        world.Balancer = await NginxProxy.StartAsync(world._addresses, "");
        return world;
    }

    public string InstanceId(int index) => $"node{index}";

    public string DataDir(int index) => Path.Combine(_root, InstanceId(index));

    /// <summary>The instance's own session directories (its work root is <c>hls/&lt;instance id&gt;/</c>).</summary>
    public string[] SessionDirectories(int index)
    {
        var root = Path.Combine(DataDir(index), "hls", InstanceId(index));
        return Directory.Exists(root) ? Directory.GetDirectories(root) : [];
    }

    public async Task StartInstanceAsync(int index)
    {
        Directory.CreateDirectory(DataDir(index));
        var environment = new Dictionary<string, string>(_shared)
        {
            ["ProStream__DataDir"] = DataDir(index),
            ["Cluster__InstanceId"] = InstanceId(index),
            ["Cluster__AdvertisedAddress"] = _addresses[index].ToString(),
        };
        var server = ServerProcess.Start(environment, _addresses[index].ToString().TrimEnd('/'));
        Servers[index] = server;
        Assert.True(await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), $"{InstanceId(index)} did not get ready: {server.Stderr}");
    }

    public HttpClient Client(Uri baseAddress, string? token = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(3) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public Uri Address(int index) => _addresses[index];

    public async Task<string> RegisterAndLoginAsync(string email, string password)
    {
        using var client = Client(Balancer.Address);
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Viewer" });
        Assert.Equal(System.Net.HttpStatusCode.Created, register.StatusCode);
        var token = await client.PostAsJsonAsync("/api/auth/login", new { email, password }).ReadJsonAsync<ApiClient.TokenBody>(System.Net.HttpStatusCode.OK);
        return token.AccessToken;
    }

    /// <summary>The instance holding a session's lease in Redis, or null when nobody does.</summary>
    public async Task<string?> HolderAsync(Guid sessionId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration);
        return await redis.GetDatabase().StringGetAsync($"prostream:cluster:lease:{sessionId:N}");
    }

    public async Task<bool> IsKnownAsync(Guid sessionId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration);
        return await redis.GetDatabase().KeyExistsAsync($"prostream:cluster:session:{sessionId:N}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers.OfType<ServerProcess>())
        {
            await server.DisposeAsync();
        }

        if (Balancer is not null)
        {
            await Balancer.DisposeAsync();
        }

        await Films.DisposeAsync();
        await Redis.DisposeAsync();
        if (_database is not null)
        {
            await TestDatabases.DropPostgresAsync(_database);
        }

        // ffmpeg left by a killed instance, were a test to fail before its clean-up.
        foreach (var pid in FfmpegProcesses.Under(_root))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
            }
        }

        TestDirectory.Delete(_root);
    }
}
