using Microsoft.Playwright;

namespace ProStream.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright, and the player page it opens: one browser per test class.
/// Missing prerequisites fail the tests with what to install; they are never skipped.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags this machine needs: without the background-networking ones Chromium keeps dialling
    // Google's hosts through a closed network. Playwright gives every launch a fresh, empty user data dir.
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PlayerPageServer? _pages;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}: run `apt-get install -y chromium` (scripts/test installs it). "
                + "Playwright's own browser download does not work here and is not used.");
        }

        var directory = Path.Combine(AppContext.BaseDirectory, "Browser");
        var hlsJs = Path.Combine(directory, "hls.min.js");
        if (!File.Exists(hlsJs))
        {
            throw new InvalidOperationException(
                $"hls.js is missing from the test output ({hlsJs}): it is copied from src/ProStream.Server/wwwroot/vendor/hls.js/ "
                + "and build again (scripts/test does both).");
        }

        if (!File.Exists(Path.Combine(directory, "shaka-player.compiled.js")))
        {
            throw new InvalidOperationException(
                $"Shaka Player is missing from the test output ({directory}): it is copied from Browser/vendor/shaka-player/ when building.");
        }

        _pages = await PlayerPageServer.StartAsync(directory);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh, empty browser context (the web UI tests open ProStream's own pages in it).</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => _browser!.NewContextAsync(options);

    /// <summary>A fresh browser context with a player page loaded: hls.js (<c>""</c>) or Shaka Player (<c>"shaka"</c>).</summary>
    public async Task<HlsPlayer> OpenPlayerAsync(string pagePath = "")
    {
        var context = await _browser!.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var player = new HlsPlayer(context, page);
            await page.GotoAsync(new Uri(_pages!.PageUrl, pagePath).ToString(), new PageGotoOptions { Timeout = 30_000 });
            return player;
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }
    }
}
