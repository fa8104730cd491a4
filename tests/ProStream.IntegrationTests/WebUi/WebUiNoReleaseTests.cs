using Microsoft.Playwright;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Play;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>A film nobody has released yet: the page says so and offers no "Play best" that could only fail.</summary>
public sealed partial class WebUiEndToEndTests
{
    [Fact]
    public async Task A_film_without_a_playable_release_offers_no_play_best()
    {
        await using var world = await PlayWorld.CreateAsync();
        world.Prowlarr.ReleasesFor = _ => [new FakeRelease("Dune.2021.CAM.x264-JUNK", "6666666666666666666666666666666666666666", Size: 1L << 30, Seeders: 3)];
        await world.App.RegisterAndLoginAsync("viewer@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, world.App.BaseAddress);
        var page = browser.Page;

        await SignInAsync(page, world.App, "viewer@example.com");
        await page.GotoAsync(new Uri(world.App.BaseAddress, $"/title/movie/{TmdbData.Dune}").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dune", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("section.releases")).ToContainTextAsync("No releases found", new() { Timeout = Ms(Wait) });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "▶ Play best" })).ToBeHiddenAsync();
        Assert.Empty(browser.PageErrors);
    }
}
