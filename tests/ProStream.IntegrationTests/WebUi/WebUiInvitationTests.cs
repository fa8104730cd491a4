using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>Closed registration in the browser: the admin makes an invitation link, a newcomer signs up with it.</summary>
public sealed partial class WebUiEndToEndTests
{
    private sealed record InvitationBody(Guid Id, string Role, string State);

    [Fact]
    public async Task The_admin_invites_someone_who_signs_up_through_the_link()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Auth:AllowRegistration"] = "false" });
        var admin = await app.RegisterAndLoginAsync("owner@example.com");
        await using var browser = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        var page = browser.Page;

        await page.GotoAsync(new Uri(app.BaseAddress, "/login").ToString());
        await page.GetByLabel("Email").FillAsync("owner@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        await page.GotoAsync(new Uri(app.BaseAddress, "/admin").ToString());
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("user");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation link" }).ClickAsync();
        var linkField = page.GetByLabel("Invitation link");
        await Expect(linkField).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        var link = await linkField.InputValueAsync();
        await Expect(page.Locator(".invitation-list tr[data-state=pending]")).ToHaveCountAsync(1, new() { Timeout = Ms(Wait) });
        await browser.ScreenshotAsync("admin-invitation");
        Assert.StartsWith(new Uri(app.BaseAddress, "/register?invite=").ToString(), link, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        await page.GotoAsync(link);
        await Expect(page.GetByText("You were invited")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await page.GetByLabel("Display name").FillAsync("Friend");
        await page.GetByLabel("Email").FillAsync("friend@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/(login|register)"), new() { Timeout = Ms(Wait) });

        var invitations = await admin.GetAsync("/api/admin/invitations").ReadJsonAsync<InvitationBody[]>(HttpStatusCode.OK);
        Assert.Equal("used", Assert.Single(invitations).State.ToLowerInvariant());
        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.PageErrors);
    }
}
