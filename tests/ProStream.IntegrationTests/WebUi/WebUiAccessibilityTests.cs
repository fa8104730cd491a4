using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>
/// Every page of the web UI at desktop (1440×900) and phone (390×844) size: axe-core finds no serious or
/// critical violation, no page is wider than a 360 px screen, and nothing breaks the console or the CSP.
/// Screenshots of each page at both sizes go to the test output directory.
/// </summary>
public sealed partial class WebUiEndToEndTests
{
    private static readonly (string Name, int Width, int Height)[] Sizes = [("desktop", 1440, 900), ("phone", 390, 844)];

    [Fact]
    public async Task Every_page_passes_axe_at_desktop_and_phone_size_and_none_is_wider_than_a_small_phone()
    {
        await using var tmdb = new FakeTmdbServer
        {
            SearchResultsFor = query => query.Contains("dune", StringComparison.OrdinalIgnoreCase) ? [TmdbData.DuneListItem("en-US")] : [],
        };
        await using var prowlarr = new FakeProwlarrServer { ReleasesFor = _ => [] };
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["Tmdb:BaseUrl"] = tmdb.ApiBase,
            ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
            ["Prowlarr:BaseUrl"] = prowlarr.BaseAddress.ToString(),
            ["Prowlarr:ApiKey"] = FakeProwlarrServer.ApiKey,
            ["AllDebrid:BaseUrl"] = allDebrid.BaseAddress.ToString(),
            ["AllDebrid:ApiKey"] = FakeAllDebridServer.ApiKey,
            ["AllDebrid:InstantCandidates"] = "0",
        });
        await app.RegisterAndLoginAsync("admin@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        var page = browser.Page;
        var findings = new List<string>();

        await page.GotoAsync(new Uri(app.BaseAddress, "/login").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await CheckPageAsync(browser, "sign-in", findings);

        await SignInAsync(page, app, "admin@example.com");
        (string Name, string Path, Func<Task> Ready)[] pages =
        [
            ("home", "/", () => Expect(page.Locator("section[aria-labelledby=row-popular] .card").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("search", "/search?q=dune", () => Expect(page.Locator(".grid-cards .card").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("title-movie", $"/title/movie/{TmdbData.Dune}", () => Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("title-tv", $"/title/tv/{TmdbData.GameOfThrones}", () => Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("player", $"/watch/movie/{TmdbData.Dune}", () => Expect(page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("profile-and-api-keys", "/profile", () => Expect(page.GetByText("No API keys yet.")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("admin", "/admin", () => Expect(page.Locator("table.users tbody tr").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
            ("admin-status", "/admin/status", () => Expect(page.Locator(".status-card").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) })),
        ];
        foreach (var (name, path, ready) in pages)
        {
            await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            await ready();
            await CheckPageAsync(browser, name, findings);
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>axe at each size (serious and critical only), then the page's width on a 360 px screen.</summary>
    private static async Task CheckPageAsync(UiBrowser browser, string name, List<string> findings)
    {
        var page = browser.Page;
        foreach (var (size, width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            var result = await page.RunAxe();
            findings.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name} ({size}): {v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
            await browser.ScreenshotAsync($"{name}-{size}");
        }

        await page.SetViewportSizeAsync(360, 740);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            var widest = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')).join(', ')");
            findings.Add($"{name}: {overflow} px wider than a 360 px screen ({widest})");
        }
    }
}
