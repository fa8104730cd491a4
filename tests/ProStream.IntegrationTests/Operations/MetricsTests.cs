using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_expose_http_runtime_and_domain_meters_after_traffic()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("a@example.com");
        await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "wrong-password" });
        await client.GetAsync("/api/watchlist");

        var text = await app.ScrapeUntilAsync("prostream_auth_logins");

        Assert.Contains("http_server_request_duration_seconds", text);
        Assert.Contains("dotnet_gc_", text);
        // Meters are process-wide and other tests run alongside, so the count is at least ours.
        var failures = System.Text.RegularExpressions.Regex.Match(text, "prostream_auth_logins_total\\{[^}]*outcome=\"failure\"[^}]*\\} (\\d+)");
        Assert.True(failures.Success, text);
        Assert.True(int.Parse(failures.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task Metrics_can_be_switched_off()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" });
        using var response = await app.Anonymous().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
