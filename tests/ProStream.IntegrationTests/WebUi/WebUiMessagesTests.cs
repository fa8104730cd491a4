using Microsoft.Playwright;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>The server's problems in a viewer's words: a busy TMDB, a service not set up (admin vs viewer), form fields.</summary>
public sealed partial class WebUiEndToEndTests
{
    private const string UiPassword = "correct horse battery";

    [Fact]
    public async Task A_rate_limited_catalogue_reads_as_busy_with_the_wait_not_as_not_configured()
    {
        await using var tmdb = new FakeTmdbServer
        {
            Failure = new FakeFailure(429, FakeTmdbServer.ErrorBody(25, "Your request count (41) is over the allowed limit of 40."), RetryAfter: "7"),
        };
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["Tmdb:BaseUrl"] = tmdb.ApiBase,
            ["Tmdb:ApiKey"] = FakeTmdbServer.ApiKey,
        });
        await app.RegisterAndLoginAsync("viewer@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, app.BaseAddress);

        await SignInAsync(browser.Page, app, "viewer@example.com");
        var popular = browser.Page.Locator("section[aria-labelledby=row-popular]");
        await Expect(popular.GetByRole(AriaRole.Alert)).ToContainTextAsync("The catalogue (TMDB) is busy right now. Try again in", new() { Timeout = Ms(Wait) });
        await Expect(popular).Not.ToContainTextAsync("not set up");
        await Expect(popular).Not.ToContainTextAsync("configured");
        await browser.ScreenshotAsync("message-tmdb-busy");
        Assert.Empty(browser.PageErrors);
    }

    [Fact]
    public async Task A_catalogue_not_set_up_tells_the_admin_what_to_set_and_a_viewer_to_ask_the_admin()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("admin@example.com");
        await app.RegisterAndLoginAsync("viewer@example.com");

        await using (var admin = await UiBrowser.OpenAsync(chromium, app.BaseAddress))
        {
            await SignInAsync(admin.Page, app, "admin@example.com");
            await Expect(admin.Page.Locator("section[aria-labelledby=row-popular]").GetByRole(AriaRole.Alert))
                .ToContainTextAsync("TMDB is not set up yet. Set Tmdb__ApiKey in the server's environment", new() { Timeout = Ms(Wait) });
        }

        await using var viewer = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        await SignInAsync(viewer.Page, app, "viewer@example.com");
        var notice = viewer.Page.Locator("section[aria-labelledby=row-popular]").GetByRole(AriaRole.Alert);
        await Expect(notice).ToContainTextAsync("TMDB is not set up on this server yet; ask your admin.", new() { Timeout = Ms(Wait) });
        await Expect(notice).Not.ToContainTextAsync("Tmdb__ApiKey");
    }

    [Fact]
    public async Task Form_errors_sit_next_to_their_field_in_plain_words_and_languages_are_picked_by_name()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("viewer@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        var page = browser.Page;

        await page.GotoAsync(new Uri(app.BaseAddress, "/register").ToString());
        await page.GetByLabel("Email").FillAsync("new@example.com");
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.Locator("#field-password-error")).ToHaveTextAsync("Use 8 to 128 characters.", new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("#field-displayName-error")).ToHaveTextAsync("This cannot be empty.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("The DisplayName field");
        await browser.ScreenshotAsync("message-form-fields");

        await SignInAsync(page, app, "viewer@example.com");
        await page.GotoAsync(new Uri(app.BaseAddress, "/profile").ToString());
        var audio = page.GetByRole(AriaRole.Group, new() { Name = "Audio languages" });
        await audio.GetByLabel("First choice").SelectOptionAsync(new SelectOptionValue { Label = "French" });
        await audio.GetByLabel("Second choice").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByLabel("Catalogue language").SelectOptionAsync(new SelectOptionValue { Label = "French (France)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Preferences saved.")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });

        var me = await (await app.LoginAsync("viewer@example.com", UiPassword)).GetStringAsync("/api/me");
        Assert.Contains("\"audioLanguages\":[\"fr\",\"en\"]", me, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"fr-FR\"", me, StringComparison.Ordinal);
        Assert.Empty(browser.PageErrors);
        Assert.Empty(browser.PolicyViolations);
    }

    private static async Task SignInAsync(IPage page, ProStreamApp app, string email)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, "/login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(UiPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
    }
}
