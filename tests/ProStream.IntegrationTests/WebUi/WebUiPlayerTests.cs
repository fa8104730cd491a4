using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Play;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>
/// The web UI's own player in headless Chromium, against the real server and a real film (20 s, two audio
/// tracks, English subtitles): resume or start over, keyboard shortcuts with the focus on the page, subtitles
/// drawn by the page, the release switched in place at the same position; no console error, no CSP violation.
/// </summary>
public sealed partial class WebUiEndToEndTests
{
    private const string SmallHash = "7777777777777777777777777777777777777777";
    private const string Password = "correct horse battery";

    // A CSP violation also reaches the console as an error, so the checks below see it in two ways.
    private const string ReportPolicyViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private sealed record HistoryBody(string Type, int TmdbId, int? Season, int? Episode, double Position, bool Finished);

    [Fact]
    public async Task The_player_resumes_or_starts_over_answers_keys_on_the_page_and_switches_release_in_place()
    {
        await using var world = await PlayWorld.CreateAsync();
        world.Prowlarr.ReleasesFor = _ =>
        [
            new FakeRelease("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST", BestHash, Size: 12 * GiB, Seeders: 850),
            new FakeRelease("Dune.2021.720p.WEB-DL.AAC2.0.H.264-SMALL", SmallHash, Size: 3 * GiB, Seeders: 90),
        ];
        world.Torrent(BestHash, cached: true, ("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST.mkv", 12 * GiB, TestFilms.Film));
        world.Torrent(SmallHash, cached: true, ("Dune.2021.720p.WEB-DL.AAC2.0.H.264-SMALL.mkv", 3 * GiB, TestFilms.Film));
        var (browser, viewer) = await SignedInAsync(world);
        await using var _ = browser;
        var page = browser.Page;
        var plays = RecordPlayRequests(page);
        var video = page.Locator("video");

        // Stopped at 0:06 last time: the player asks, and "Resume" starts there.
        (await viewer.PutAsJsonAsync($"/api/history/movie/{TmdbData.Dune}", new { position = 6.5, duration = 20, title = "Dune" })).EnsureSuccessStatusCode();
        await page.GotoAsync($"watch/movie/{TmdbData.Dune}");
        var resume = page.GetByRole(AriaRole.Button, new() { Name = "▶ Resume from 0:06" });
        await Expect(resume).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "↺ Start over" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("player-resume");
        await resume.ClickAsync();
        await browser.WaitUntilAsync("the film plays from where it stopped", "() => { const v = document.querySelector('video'); return !v.paused && v.currentTime >= 6; }");
        Assert.Equal(6.5, plays.Last().GetProperty("startPosition").GetDouble());
        await Expect(page.Locator(".release-info")).ToContainTextAsync("Dune.2021.1080p.BluRay.x264.DTS-HD.MA.5.1-BEST");
        await Expect(page.Locator(".release-info .playback-path")).ToContainTextAsync("Plays");

        // Keys work with the focus on the page, not on the video.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("Space");
        await browser.WaitUntilAsync("Space pauses", "() => document.querySelector('video').paused");
        var paused = await CurrentTimeAsync(page);
        await page.Keyboard.PressAsync("ArrowRight");
        await browser.WaitUntilAsync("→ skips 10 s ahead", $"() => document.querySelector('video').currentTime >= {Js(paused + 9)}");
        await page.Keyboard.PressAsync("j");
        await browser.WaitUntilAsync("J goes 10 s back", $"() => document.querySelector('video').currentTime <= {Js(paused + 1)}");
        await page.Keyboard.PressAsync("m");
        await browser.WaitUntilAsync("M mutes", "() => document.querySelector('video').muted");
        await page.Keyboard.PressAsync("m");
        await page.Keyboard.PressAsync("ArrowDown");
        await browser.WaitUntilAsync("↓ lowers the volume", "() => { const v = document.querySelector('video'); return !v.muted && v.volume < 0.95; }");
        await Expect(page.GetByRole(AriaRole.Slider, new() { Name = "Seek" })).ToHaveAttributeAsync("aria-valuetext", new System.Text.RegularExpressions.Regex("^0:0\\d of 0:20$"));

        // C turns the subtitles on: drawn by the page from hls.js's cues (no <track>, so no data: URL for the CSP to refuse).
        await page.Keyboard.PressAsync("c");
        await page.EvaluateAsync("() => { document.querySelector('video').currentTime = 8.6; }");
        await Expect(page.Locator(".subtitle-overlay")).ToContainTextAsync("Hello two", new() { Timeout = Ms(Wait) });
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Subtitles", IncludeHidden = true }).Locator("[aria-checked=true]")).Not.ToHaveTextAsync("Off", new() { Timeout = Ms(Wait) });
        await page.Keyboard.PressAsync("k");
        await browser.WaitUntilAsync("K plays again", "() => !document.querySelector('video').paused");

        // The release menu, by keyboard: the other release plays in place, about where the first one was.
        var releaseButton = page.GetByRole(AriaRole.Button, new() { Name = "Release" });
        await Expect(releaseButton).ToBeEnabledAsync(new() { Timeout = Ms(Wait) });
        await releaseButton.ClickAsync();
        var releaseMenu = page.GetByRole(AriaRole.Menu, new() { Name = "Release" });
        await Expect(releaseMenu.GetByRole(AriaRole.Menuitemradio)).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("player-release-menu");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(releaseMenu.GetByRole(AriaRole.Menuitemradio, new() { Name = "SMALL" })).ToBeFocusedAsync();
        var before = await CurrentTimeAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".release-info")).ToContainTextAsync("Dune.2021.720p.WEB-DL.AAC2.0.H.264-SMALL", new() { Timeout = Ms(Wait) });
        await browser.WaitUntilAsync("the other release plays", "() => { const v = document.querySelector('video'); return !v.paused && v.currentTime > 0; }");
        var after = await CurrentTimeAsync(page);
        Assert.InRange(after, before - 3, before + 6);
        Assert.InRange(plays.Last().GetProperty("startPosition").GetDouble(), before - 0.5, before + 2);
        Assert.Contains("release=", page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("player");
        await page.SetViewportSizeAsync(390, 844);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await browser.ScreenshotAsync("player-phone");
        // Menus open by click and close with Esc, inside the phone's screen.
        await page.GetByRole(AriaRole.Button, new() { Name = "Audio" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Audio" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("player-phone-menu");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Audio", IncludeHidden = true })).ToBeHiddenAsync();
        await page.SetViewportSizeAsync(1440, 900);

        // Back, and play again: "Start over" starts at the beginning.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Back" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dune", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await page.GetByRole(AriaRole.Link, new() { Name = "▶ Play best" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "↺ Start over" }).ClickAsync(new() { Timeout = Ms(Wait) });
        await browser.WaitUntilAsync("the film plays again", "() => { const v = document.querySelector('video'); return !v.paused && v.currentTime > 0; }");
        Assert.Equal(0, plays.Last().GetProperty("startPosition").GetDouble());
        Assert.True(await CurrentTimeAsync(page) < before, "Start over plays from the beginning, not where the viewer stopped.");

        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.ConsoleErrors);

        // A film with no release to play: the message and what to do take the video's place, no controls left behind.
        await page.GotoAsync($"watch/movie/{PlayWorld.FightClub}");
        var error = page.Locator(".player-error");
        await Expect(error.GetByRole(AriaRole.Alert)).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(error).ToContainTextAsync("Try again later");
        await Expect(error.GetByRole(AriaRole.Link, new() { Name = "Back to the title" })).ToBeVisibleAsync();
        await Expect(page.Locator("video")).ToBeHiddenAsync();
        await Expect(page.Locator(".player-controls")).ToBeHiddenAsync();
        await browser.ScreenshotAsync("player-error");
        await page.SetViewportSizeAsync(390, 844);
        // On a phone too the way out is whole on screen, not clipped by a 16:9 box.
        await Expect(error.GetByRole(AriaRole.Link, new() { Name = "Back to the title" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await browser.ScreenshotAsync("player-error-phone");
    }

    /// <summary>A viewer of this world's app signed in through the sign-in page at 1440×900, and the same viewer's API client.</summary>
    private async Task<(UiBrowser Browser, HttpClient Viewer)> SignedInAsync(PlayWorld world)
    {
        var email = $"ui-{Guid.NewGuid():N}@example.com";
        var viewer = await world.App.RegisterAndLoginAsync(email, Password);
        var browser = await UiBrowser.OpenAsync(chromium, world.App.BaseAddress);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1440, 900);
        await page.AddInitScriptAsync(ReportPolicyViolations);
        await page.GotoAsync("login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        return (browser, viewer);
    }

    /// <summary>The bodies of the page's POST /api/play requests, in order.</summary>
    private static ConcurrentQueue<JsonElement> RecordPlayRequests(IPage page)
    {
        var bodies = new ConcurrentQueue<JsonElement>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && new Uri(request.Url).AbsolutePath == "/api/play" && request.PostData is { } body)
            {
                bodies.Enqueue(JsonDocument.Parse(body).RootElement.Clone());
            }
        };
        return bodies;
    }

    private static Task<double> CurrentTimeAsync(IPage page) => page.EvaluateAsync<double>("() => document.querySelector('video').currentTime");

    private static string Js(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
