using System.Collections.Concurrent;
using Microsoft.Playwright;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Browser;

/// <summary>The API reference page (/docs) in headless Chromium.</summary>
public sealed class ApiReferenceTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Api_reference_shows_our_api_and_requests_nothing_from_other_hosts()
    {
        await using var app = new ProStreamApp();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var foreign = new ConcurrentQueue<string>();
        var origin = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        // Anything for another host is recorded and refused, so a network that happens to be open hides nothing.
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            foreign.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });

        await page.GotoAsync(new Uri(app.BaseAddress, "/docs").ToString(), new PageGotoOptions { Timeout = 60_000 });
        await page.GetByText("Exchange email and password for a bearer access token.").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });

        Assert.Empty(foreign);
        var text = await page.InnerTextAsync("body");
        Assert.Contains("ProStream API", text, StringComparison.Ordinal);
        foreach (var promotion in (string[])["Ask AI", "Deploy", "Generate SDK", "Generate MCP", "Scalar Agent"])
        {
            Assert.DoesNotContain(promotion, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
