using Microsoft.Playwright;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Play;
using ProStream.IntegrationTests.Playback;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>
/// A show in the web UI (Game of Thrones in the fake TMDB: season 1 has two episodes): Play/Continue names the
/// next unfinished episode, episodes and the season are marked watched and unwatched, an episode's releases open
/// under it, and at the end of an episode the next one starts after a countdown (or not, when cancelled).
/// </summary>
public sealed partial class WebUiEndToEndTests
{
    private const string EpisodeOneHash = "8888888888888888888888888888888888888888";
    private const string EpisodeTwoHash = "9999999999999999999999999999999999999999";
    private const string DeadHash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public async Task A_show_continues_with_the_next_unfinished_episode_marks_what_was_watched_and_plays_the_next_episode()
    {
        await using var world = await PlayWorld.CreateAsync();
        world.Prowlarr.ReleasesFor = _ =>
        [
            new FakeRelease("Game.of.Thrones.S01E01.1080p.WEB-DL.x264-GRP", EpisodeOneHash),
            new FakeRelease("Game.of.Thrones.S01E02.1080p.WEB-DL.x264-GRP", EpisodeTwoHash),
            // Ranked above GRP for episode 2, but its link leads nowhere: Play falls back, and says so.
            new FakeRelease("Game.of.Thrones.S01E02.1080p.BluRay.x264-DEAD", DeadHash, Seeders: 900),
        ];
        world.Torrent(EpisodeOneHash, cached: true, ("Game.of.Thrones.S01E01.1080p.WEB-DL.x264-GRP.mkv", 3 * GiB, TestFilms.Film));
        world.Torrent(EpisodeTwoHash, cached: true, ("Game.of.Thrones.S01E02.1080p.WEB-DL.x264-GRP.mkv", 3 * GiB, TestFilms.Film));
        world.Torrent(DeadHash, cached: true, ("Game.of.Thrones.S01E02.1080p.BluRay.x264-DEAD.mkv", 3 * GiB, null));
        var (browser, _) = await SignedInAsync(world);
        await using var __ = browser;
        var page = browser.Page;
        var showUrl = $"title/tv/{PlayWorld.GameOfThrones}";

        // Nothing watched: the show offers its first episode.
        await page.GotoAsync(showUrl);
        var continueLink = page.Locator(".hero .continue");
        await Expect(continueLink).ToHaveTextAsync("▶ Play S1E1", new() { Timeout = Ms(Wait) });
        var episodeOne = page.Locator(".episode[data-episode='1']");
        var episodeTwo = page.Locator(".episode[data-episode='2']");
        await Expect(episodeTwo).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });

        // Episode 1 marked watched: marked on its row and in the season picker, and Continue moves on to episode 2.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark watched, episode 1" }).ClickAsync();
        await Expect(episodeOne.Locator(".episode-mark")).ToHaveTextAsync("✓ Watched", new() { Timeout = Ms(Wait) });
        await Expect(episodeTwo.Locator(".episode-mark")).ToBeHiddenAsync();
        await Expect(page.Locator("#season-select option:checked")).ToContainTextAsync("1 of 2 watched");
        await Expect(continueLink).ToHaveTextAsync("▶ Continue S1E2");

        // The whole season, then none of it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark season watched" }).ClickAsync();
        await Expect(episodeTwo.Locator(".episode-mark")).ToHaveTextAsync("✓ Watched", new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("#season-select option:checked")).ToContainTextAsync("✓ watched");
        await Expect(continueLink).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark season unwatched" }).ClickAsync();
        await Expect(page.Locator(".episode-mark:visible")).ToHaveCountAsync(0, new() { Timeout = Ms(Wait) });
        await Expect(continueLink).ToHaveTextAsync("▶ Play S1E1");

        // An episode's releases open under that episode.
        await page.GetByRole(AriaRole.Button, new() { Name = "Releases of episode 2" }).ClickAsync();
        await Expect(episodeTwo.Locator(".episode-releases .release").First).ToContainTextAsync("S01E02", new() { Timeout = Ms(Wait) });
        await Expect(episodeOne.Locator(".episode-releases .release")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark watched, episode 1" }).ClickAsync();
        await Expect(continueLink).ToHaveTextAsync("▶ Continue S1E2", new() { Timeout = Ms(Wait) });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await browser.ScreenshotAsync("show");
        await page.SetViewportSizeAsync(390, 844);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await browser.ScreenshotAsync("show-phone");
        await page.SetViewportSizeAsync(1440, 900);

        // Episode 1 again, to its end: the next one is offered with a countdown; cancelled, it waits for the viewer.
        await page.GetByRole(AriaRole.Link, new() { Name = "Play episode 1" }).ClickAsync();
        await PlayToTheEndAsync(browser, "Game.of.Thrones.S01E01");
        var nextEpisode = page.GetByRole(AriaRole.Group, new() { Name = "Next episode" });
        await Expect(nextEpisode).ToContainTextAsync("S1E2", new() { Timeout = Ms(Wait) });
        await Expect(nextEpisode.Locator(".countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+$"));
        await browser.ScreenshotAsync("player-next-episode");
        await nextEpisode.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(nextEpisode).ToHaveCountAsync(0);
        var playNext = page.GetByRole(AriaRole.Link, new() { Name = "▶ Play next episode" });
        await Expect(playNext).ToBeVisibleAsync();
        Assert.Contains("episode=1", page.Url, StringComparison.Ordinal);

        // Back on the show: episode 1 watched to its end, so Continue is episode 2; it plays, and at its end
        // (the last of the show) nothing follows.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Back" }).ClickAsync();
        await Expect(continueLink).ToHaveTextAsync("▶ Continue S1E2", new() { Timeout = Ms(Wait) });
        await Expect(episodeOne.Locator(".episode-mark")).ToHaveTextAsync("✓ Watched");

        // Episode 1 to its end once more, and this time the countdown runs out: episode 2 starts by itself.
        await page.GetByRole(AriaRole.Link, new() { Name = "Play episode 1" }).ClickAsync();
        await PlayToTheEndAsync(browser, "Game.of.Thrones.S01E01");
        await Expect(nextEpisode).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("episode=2"), new() { Timeout = Ms(Wait) });
        await Expect(page.Locator(".release-info")).ToContainTextAsync("Game.of.Thrones.S01E02.1080p.WEB-DL.x264-GRP", new() { Timeout = Ms(Wait) });
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("The best release could not be played, so the next one is playing.");
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Game.of.Thrones.S01E02.1080p.BluRay.x264-DEAD");
        await browser.WaitUntilAsync("episode 2 plays", "() => { const v = document.querySelector('video'); return !v.paused && v.currentTime > 0; }");
        await browser.ScreenshotAsync("player-fallback");
        await PlayToTheEndAsync(browser, "Game.of.Thrones.S01E02");
        await Expect(page.GetByText("That was the last episode.")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });

        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>Waits for this release to play, then goes to its last seconds with the seek bar's End key and lets it end.</summary>
    private static async Task PlayToTheEndAsync(UiBrowser browser, string release)
    {
        var page = browser.Page;
        await Expect(page.Locator(".release-info")).ToContainTextAsync(release, new() { Timeout = Ms(Wait) });
        await browser.WaitUntilAsync($"{release} plays", "() => { const v = document.querySelector('video'); return !v.paused && v.currentTime > 0; }");
        var seek = page.GetByRole(AriaRole.Slider, new() { Name = "Seek" });
        await seek.FocusAsync();
        await seek.PressAsync("End");
        await browser.WaitUntilAsync($"{release} ends", "() => document.querySelector('video').ended");
    }
}
