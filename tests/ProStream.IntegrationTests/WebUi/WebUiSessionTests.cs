using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>
/// Staying signed in: a new tab or a bookmark opened later (a new browser context given the same cookie
/// jar) lands signed in; an expired access token is renewed without the viewer noticing; signing out ends
/// it, so the next new context lands on sign-in.
/// </summary>
public sealed partial class WebUiEndToEndTests
{
    [Fact]
    public async Task A_new_tab_lands_signed_in_an_old_token_is_renewed_and_signing_out_ends_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var app = new ProStreamApp(
            new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await app.RegisterAndLoginAsync("viewer@example.com");
        var profile = new Uri(app.BaseAddress, "/profile").ToString();

        await using var first = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        await first.Page.GotoAsync(new Uri(app.BaseAddress, "/login").ToString());
        await first.Page.GetByLabel("Email").FillAsync("viewer@example.com");
        await first.Page.GetByLabel("Password").FillAsync("correct horse battery");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(first.Page).Not.ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });

        // A new context has no sessionStorage, only the cookies: it opens the bookmark signed in.
        await using var second = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        await ShareProfileAsync(first.Page, second.Page);
        await second.Page.GotoAsync(profile);
        await Expect(second.Page.GetByRole(AriaRole.Heading, new() { Name = "Profile", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(second.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        // Half a day later the access token has expired: the page refreshes it and carries on.
        clock.Advance(TimeSpan.FromHours(13));
        await second.Page.ReloadAsync();
        await Expect(second.Page.GetByRole(AriaRole.Heading, new() { Name = "Profile", Level = 1 })).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        Assert.Contains("POST /api/auth/refresh", second.Requests);
        await second.ScreenshotAsync("session-new-tab");

        // Sign out: that browser's sign-in ends on the server, so even a copy of its cookie taken before lands on sign-in.
        var cookiesBefore = await CookieJarAsync(second.Page);
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(second.Page).ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        await using var third = await UiBrowser.OpenAsync(chromium, app.BaseAddress);
        await ShareProfileAsync(first.Page, third.Page);
        await third.Page.Context.ClearCookiesAsync();
        await third.Page.Context.AddCookiesAsync(cookiesBefore);
        await third.Page.GotoAsync(profile);
        await Expect(third.Page).ToHaveURLAsync(LoginUrl(), new() { Timeout = Ms(Wait) });
        await Expect(third.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("POST /api/auth/refresh", third.Requests);

        foreach (var browser in new[] { first, second, third })
        {
            Assert.Empty(browser.PolicyViolations);
            Assert.Empty(browser.PageErrors);
        }
    }

    /// <summary>What a new tab of the same browser profile shares: the cookie jar and the origin's localStorage.</summary>
    private static async Task ShareProfileAsync(IPage from, IPage to)
    {
        await to.Context.AddCookiesAsync(await CookieJarAsync(from));
        var storage = await from.EvaluateAsync<Dictionary<string, string>>("() => Object.fromEntries(Object.entries(localStorage))");
        await to.Context.AddInitScriptAsync(
            $"Object.entries({System.Text.Json.JsonSerializer.Serialize(storage)}).forEach(([k, v]) => localStorage.setItem(k, v));");
    }

    private static async Task<IEnumerable<Cookie>> CookieJarAsync(IPage page) =>
        (await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            Expires = c.Expires,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        });
}
