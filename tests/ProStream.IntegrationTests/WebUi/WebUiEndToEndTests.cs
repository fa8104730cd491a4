using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Browser;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Play;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>
/// The web UI in headless Chromium against the real server, with fake TMDB, Prowlarr and AllDebrid and a
/// real film behind the unlocked link: a new viewer registers, finds Dune, plays the best release and
/// finds it in "continue watching"; once on the server's own address and once behind nginx at a sub-path
/// (<c>ProStream__BasePath</c>). Screenshots of the pages go to the test output directory.
/// </summary>
public sealed partial class WebUiEndToEndTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string BestHash = "4444444444444444444444444444444444444444";
    private const string OtherHash = "5555555555555555555555555555555555555555";
    private const long GiB = 1L << 30;
    // Hang guards only: a loaded machine (the suite runs beside CPU burners) may be slow, never wrong.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_viewer_registers_finds_a_film_plays_it_and_can_continue_watching()
    {
        await using var world = await CreateWorldAsync();
        await ViewerJourneyAsync(world, world.App.BaseAddress, basePath: "");
    }

    [Fact]
    public async Task The_same_journey_works_behind_nginx_at_a_sub_path()
    {
        const string basePath = "/prostream";
        await using var world = await CreateWorldAsync(new Dictionary<string, string?> { [ProStream.Server.Hosting.BasePath.BasePathModule.Setting] = basePath });
        await using var nginx = await NginxProxy.StartAsync(world.App.BaseAddress, basePath);
        await ViewerJourneyAsync(world, nginx.Address, basePath);
    }

    private static async Task<PlayWorld> CreateWorldAsync(Dictionary<string, string?>? settings = null)
    {
        var world = await PlayWorld.CreateAsync(new Dictionary<string, string?>(settings ?? []) { ["AllDebrid:InstantCandidates"] = "10" });
        world.Tmdb.SearchResultsFor = query => query.Contains("dune", StringComparison.OrdinalIgnoreCase) ? [TmdbData.DuneListItem("en-US")] : [];
        world.Prowlarr.ReleasesFor = _ =>
        [
            new FakeRelease("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST", BestHash, Size: 12 * GiB, Seeders: 850),
            new FakeRelease("Dune.2021.720p.WEB-DL.AAC2.0.H.264-SMALL", OtherHash, Size: 3 * GiB, Seeders: 90),
            new FakeRelease("Dune.2021.CAM.x264-JUNK", "6666666666666666666666666666666666666666", Size: 1 * GiB, Seeders: 3),
        ];
        world.Torrent(BestHash, cached: true, ("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST.mkv", 12 * GiB, TestFilms.Film));
        world.Torrent(OtherHash, cached: false, ("Dune.2021.720p.WEB-DL.AAC2.0.H.264-SMALL.mkv", 3 * GiB, TestFilms.Film));
        return world;
    }

    /// <param name="entry">where the viewer opens the app: the server, or the proxy's sub-path.</param>
    /// <param name="basePath">the sub-path every request of the page must stay under ("" for none).</param>
    private async Task ViewerJourneyAsync(PlayWorld world, Uri entry, string basePath)
    {
        await using var browser = await UiBrowser.OpenAsync(chromium, entry, basePath);
        var page = browser.Page;

        // Signed out, the app sends the viewer to sign in; from there, to registration.
        await page.GotoAsync(entry.ToString());
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(entry.GetLeftPart(UriPartial.Authority) + basePath)}/login(\\?|$)"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Display name").FillAsync("Viewer");
        await page.GetByLabel("Email").FillAsync($"ui-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // Home: popular films from TMDB, and nothing to continue yet.
        var popular = page.Locator("section[aria-labelledby=row-popular]");
        await Expect(popular.Locator(".card").First).ToContainTextAsync("Movie 1", new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("section[aria-labelledby=row-continue]")).ToContainTextAsync("Nothing in progress");
        await browser.ScreenshotAsync("home");

        // Search from the top bar, open the result.
        await page.GetByLabel("Search films and shows").FillAsync("Dune");
        await page.GetByLabel("Search films and shows").PressAsync("Enter");
        var result = page.Locator(".grid-cards .card").Filter(new() { HasText = "Dune" });
        await Expect(result).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await result.ClickAsync();

        // The title page: details and the releases ranked for this viewer, junk left out.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dune", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        var releases = page.Locator(".release-list .release");
        await Expect(releases).ToHaveCountAsync(2, new() { Timeout = Ms(Wait) });
        await Expect(releases.First).ToContainTextAsync("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST");
        await Expect(releases.First.Locator(".badge-resolution")).ToHaveTextAsync("1080p");
        await Expect(releases.First.Locator(".why")).Not.ToBeEmptyAsync();
        // AllDebrid has the best release already: marked "Instant" in words (for screen readers too), the other not.
        await Expect(releases.First.Locator(".instant-mark")).ToContainTextAsync("Instant on AllDebrid: starts without waiting");
        await Expect(releases.Nth(1).Locator(".instant-mark")).ToHaveCountAsync(0);
        await Expect(page.Locator(".release-list")).Not.ToContainTextAsync("JUNK");
        await browser.ScreenshotAsync("title");

        // Play best: the film plays in the page.
        await page.GetByRole(AriaRole.Link, new() { Name = "▶ Play best" }).ClickAsync();
        await browser.WaitUntilAsync("the video plays and time advances", "() => { const v = document.querySelector('video'); return Boolean(v && v.currentTime > 2 && !v.paused); }");
        await Expect(page.Locator(".release-info")).ToContainTextAsync("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST");
        // The film's two audio tracks and its subtitle track are in the menus (subtitles: Off + one).
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Audio", IncludeHidden = true }).GetByRole(AriaRole.Menuitemradio, new() { IncludeHidden = true })).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Audio", IncludeHidden = true }).GetByRole(AriaRole.Menuitemradio, new() { IncludeHidden = true }).First).ToHaveTextAsync("English Stereo");
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Subtitles", IncludeHidden = true }).GetByRole(AriaRole.Menuitemradio, new() { IncludeHidden = true })).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("player");
        var sessionId = browser.PlaySessionId ?? throw new InvalidOperationException("POST /api/play was not seen.");

        // Leaving the player reports the position and ends the session.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Back" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dune", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await browser.WaitForRequestAsync($"DELETE /api/playback/sessions/{sessionId}");
        Assert.Contains($"POST /api/playback/sessions/{sessionId}/progress", browser.Requests);

        // Home: "continue watching" holds Dune with its progress.
        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        var continueWatching = page.Locator("section[aria-labelledby=row-continue] .card");
        await Expect(continueWatching).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await Expect(continueWatching).ToContainTextAsync("Dune");
        await Expect(continueWatching).ToContainTextAsync("% watched");
        await browser.ScreenshotAsync("home-continue");

        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.RequestsOutsideBase);
    }

    private static Regex LoginUrl() => LoginPath();

    [GeneratedRegex("/login(\\?|$)")]
    private static partial Regex LoginPath();

    private static float Ms(TimeSpan time) => (float)time.TotalMilliseconds;

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>One browser context on the app: TMDB's image host answered locally, requests and console recorded.</summary>
    private sealed class UiBrowser : IAsyncDisposable
    {
        // A poster stand-in for images.tmdb.test (the fake TMDB's image host), so screenshots show pictures.
        private const string PosterSvg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 300'><defs><linearGradient id='g' x1='0' y1='0' x2='0' y2='1'>"
            + "<stop offset='0' stop-color='#3a4256'/><stop offset='1' stop-color='#1b1f29'/></linearGradient></defs>"
            + "<rect width='200' height='300' fill='url(#g)'/><circle cx='100' cy='120' r='42' fill='#e5a50a' opacity='.85'/></svg>";

        private readonly IBrowserContext _context;
        private readonly ConcurrentQueue<string> _requests = new();
        private readonly ConcurrentQueue<string> _console = new();
        private readonly ConcurrentQueue<string> _pageErrors = new();
        private readonly ConcurrentQueue<string> _outsideBase = new();
        private readonly string _screenshotPrefix;

        private UiBrowser(IBrowserContext context, IPage page, Uri entry, string basePath)
        {
            _context = context;
            _screenshotPrefix = "webui" + basePath.Replace('/', '-');
            Page = page;
            // Requests are recorded by app path (the base path taken off), so one journey serves both addresses.
            page.Request += (_, request) =>
            {
                var url = new Uri(request.Url);
                if (url.Authority != entry.Authority)
                {
                    return;
                }

                if (!url.AbsolutePath.StartsWith(basePath + "/", StringComparison.Ordinal))
                {
                    _outsideBase.Enqueue(url.AbsolutePath);
                }

                _requests.Enqueue($"{request.Method} {url.AbsolutePath[basePath.Length..]}");
            };
            page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
            page.PageError += (_, error) => _pageErrors.Enqueue(error);
            page.Response += async (_, response) =>
            {
                if (response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == basePath + "/api/play" && response.Status == 201)
                {
                    using var body = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
                    PlaySessionId = body.RootElement.GetProperty("id").GetString();
                }
            };
        }

        public IPage Page { get; }

        public string? PlaySessionId { get; private set; }

        public IReadOnlyCollection<string> Requests => _requests;

        public IReadOnlyList<string> PolicyViolations => [.. _console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))];

        public IReadOnlyList<string> PageErrors => [.. _pageErrors];

        /// <summary>Script errors logged to the console; HTTP answers (Chromium logs each 4xx as an error) are each test's own to assert.</summary>
        public IReadOnlyList<string> ConsoleErrors =>
            [.. _console.Where(m => m.StartsWith("error:", StringComparison.Ordinal) && !m.Contains("Failed to load resource: the server responded with a status of", StringComparison.Ordinal))];

        /// <summary>Paths the page asked the app's host for outside the base path (a link or fetch built from the root).</summary>
        public IReadOnlyList<string> RequestsOutsideBase => [.. _outsideBase];

        public static async Task<UiBrowser> OpenAsync(ChromiumFixture chromium, Uri entry, string basePath = "")
        {
            var context = await chromium.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = entry.ToString(),
                ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            });
            context.SetDefaultTimeout(60_000);
            await context.RouteAsync("https://images.tmdb.test/**", route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "image/svg+xml",
                Body = PosterSvg,
            }));
            return new UiBrowser(context, await context.NewPageAsync(), entry, basePath);
        }

        /// <summary>Polls a function of the page from here: Playwright's own in-page polling evaluates strings, which the UI's CSP forbids.</summary>
        public async Task WaitUntilAsync(string what, string function)
        {
            var deadline = DateTime.UtcNow + Wait;
            while (!await Page.EvaluateAsync<bool>(function))
            {
                Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}. {Describe()}");
                await Task.Delay(100);
            }
        }

        public async Task WaitForRequestAsync(string request)
        {
            var deadline = DateTime.UtcNow + Wait;
            while (!_requests.Contains(request))
            {
                Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {request}. {Describe()}");
                await Task.Delay(100);
            }
        }

        public async Task ScreenshotAsync(string name)
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"{_screenshotPrefix}-{name}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        }

        private string Describe() =>
            $"Requests: [{string.Join(" | ", _requests)}]; console: [{string.Join(" | ", _console)}]; errors: [{string.Join(" | ", _pageErrors)}]";

        public async ValueTask DisposeAsync()
        {
            TestContext.Current.TestOutputHelper?.WriteLine(Describe());
            await _context.DisposeAsync();
        }
    }
}
