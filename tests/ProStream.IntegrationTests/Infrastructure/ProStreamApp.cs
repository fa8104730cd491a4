using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>
/// The real server on Kestrel (loopback, random port) with its own data directory and SQLite
/// database; each test builds its own. Settings are the same keys an operator would set.
/// </summary>
public sealed class ProStreamApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDataDir;
    private readonly string? _postgresDatabase;

    public ProStreamApp(
        IDictionary<string, string?>? settings = null,
        string? dataDir = null,
        string environment = "Testing",
        Action<IServiceCollection>? services = null)
    {
        _ownsDataDir = dataDir is null;
        DataDir = dataDir ?? TestDirectory.Create("app");
        Environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["ProStream:DataDir"] = DataDir,
            ["Logging:LogLevel:Default"] = "Warning",
            // Most tests need a second account; tests of closed registration set this to false.
            ["Auth:AllowRegistration"] = "true",
        };
        _postgresDatabase = TestDatabases.ConfigurePostgres(_settings, settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DataDir { get; }

    public string Environment { get; }

    /// <summary>Starts the server (if needed) and returns a client with no credentials.</summary>
    public HttpClient Anonymous()
    {
        StartServer();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });
    }

    /// <summary>Where Kestrel listens (loopback, port chosen by the OS).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            await TestDatabases.DropPostgresAsync(_postgresDatabase);
        }

        if (_ownsDataDir)
        {
            TestDirectory.Delete(DataDir);
        }
    }
}
