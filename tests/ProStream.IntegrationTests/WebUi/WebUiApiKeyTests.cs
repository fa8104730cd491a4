using System.Net;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>In Profile, a user creates an API key (shown once), a script uses it, the admin page lists it and backs up, and the user revokes it.</summary>
public sealed partial class WebUiEndToEndTests
{
    [Fact]
    public async Task A_user_creates_a_key_in_profile_a_script_uses_it_and_revoking_it_ends_it()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" });
        await app.RegisterAndLoginAsync("owner@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        var page = browser.Page;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();

        await page.GotoAsync(new Uri(app.BaseAddress, "/login").ToString());
        await page.GetByLabel("Email").FillAsync("owner@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        await page.GotoAsync(new Uri(app.BaseAddress, "/profile").ToString());
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("nightly sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secretField = page.GetByLabel("API key nightly sync");
        await Expect(secretField).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        var secret = await secretField.InputValueAsync();
        await Expect(page.Locator(".api-key-list tbody tr")).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await browser.ScreenshotAsync("profile-api-key");

        using var script = app.Anonymous();
        script.DefaultRequestHeaders.Add("X-Api-Key", secret);
        await script.GetAsync("/api/me").ReadJsonOrEmpty(HttpStatusCode.OK);

        // The admin page lists everyone's keys and backs up the database.
        await page.GotoAsync(new Uri(app.BaseAddress, "/admin").ToString());
        await Expect(page.Locator(".api-key-list tbody tr").Filter(new() { HasText = "owner@example.com" })).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Back up the database now" }).ClickAsync();
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("Written: prostream-\\d{8}-\\d{6}\\.db"))).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await page.GotoAsync(new Uri(app.BaseAddress, "/profile").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke nightly sync" }).ClickAsync();
        await Expect(page.GetByText("No API keys yet.")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await script.GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
    }
}
