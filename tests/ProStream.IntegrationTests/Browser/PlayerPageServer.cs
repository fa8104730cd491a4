using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProStream.IntegrationTests.Browser;

/// <summary>
/// Serves the player pages (hls.js at <c>/</c>, Shaka Player at <c>/shaka</c>) and their scripts on its own loopback origin, so the player reaches ProStream
/// cross-origin, as a web client hosted elsewhere would.
/// </summary>
public sealed class PlayerPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlayerPageServer(WebApplication app, Uri pageUrl)
    {
        _app = app;
        PageUrl = pageUrl;
    }

    public Uri PageUrl { get; }

    public static async Task<PlayerPageServer> StartAsync(string directory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.File(Path.Combine(directory, "player.html"), "text/html; charset=utf-8"));
        app.MapGet("/hls.min.js", () => Results.File(Path.Combine(directory, "hls.min.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/shaka", () => Results.File(Path.Combine(directory, "shaka.html"), "text/html; charset=utf-8"));
        app.MapGet("/shaka-player.compiled.js", () => Results.File(Path.Combine(directory, "shaka-player.compiled.js"), "text/javascript; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PlayerPageServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
