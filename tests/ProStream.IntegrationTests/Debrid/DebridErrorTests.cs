using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using static ProStream.IntegrationTests.Debrid.DebridWorld;

namespace ProStream.IntegrationTests.Debrid;

/// <summary>AllDebrid's error codes and failures become problems naming AllDebrid, with a way forward.</summary>
public sealed class DebridErrorTests
{
    private const string Magnet = "magnet:?xt=urn:btih:842783e3005495d5d1637f5364b59343c7844707";
    private const string Upload = "/v4/magnet/upload";
    private const string Unlock = "/v4/link/unlock";

    [Theory]
    [InlineData(Upload, "NO_SERVER", 502, "AllDebrid__Proxy")]
    [InlineData(Upload, "MAGNET_NO_SERVER", 502, "datacenter")]
    [InlineData(Upload, "AUTH_BLOCKED", 502, "e-mail")]
    [InlineData(Upload, "AUTH_USER_BANNED", 502, "banned")]
    [InlineData(Upload, "MUST_BE_PREMIUM", 502, "premium")]
    [InlineData(Upload, "MAGNET_MUST_BE_PREMIUM", 502, "premium")]
    [InlineData(Upload, "MAGNET_INVALID_URI", 422, "not valid")]
    [InlineData(Upload, "MAGNET_TOO_MANY_ACTIVE", 503, "too many active")]
    [InlineData(Upload, "404", 502, "API may have changed")]
    [InlineData(Upload, "SOMETHING_NEW", 502, "SOMETHING_NEW")]
    [InlineData(Unlock, "LINK_DOWN", 502, "no longer available")]
    [InlineData(Unlock, "LINK_HOST_UNAVAILABLE", 503, "temporarily")]
    [InlineData(Unlock, "LINK_PASS_PROTECTED", 422, "password")]
    [InlineData(Unlock, "NO_SERVER", 502, "AllDebrid__Proxy")]
    public async Task Error_codes_map_to_statuses_and_messages(string path, string code, int status, string text)
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.ForcedErrors[path] = code;
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = path == Upload
            ? await client.AddAsync(new { magnet = Magnet }).ReadProblemAsync((HttpStatusCode)status)
            : await client.PostAsJsonAsync("/api/debrid/unlock", new { link = "https://alldebrid.com/f/abc" }).ReadProblemAsync((HttpStatusCode)status);

        Assert.Contains(text, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("AllDebrid", problem.GetProperty("upstream").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_rejected_key_is_a_502_that_says_so_without_the_key()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        await using var app = App(prowlarr, allDebrid, apiKey: "not-the-right-key-42");
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.AddAsync(new { magnet = Magnet }).ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Contains("AllDebrid rejected the API key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-right-key-42", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_debrid_is_503_not_configured()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.AddAsync(new { magnet = Magnet }).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("AllDebrid is not configured (set AllDebrid__ApiKey).", problem.GetProperty("detail").GetString());
        await client.GetAsync("/api/debrid/magnets/1").ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        await client.PostAsJsonAsync("/api/debrid/unlock", new { link = "https://alldebrid.com/f/x" }).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Rate_limiting_is_a_503_with_retry_after()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.RateLimitOn[Upload] = true;
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        using var response = await client.AddAsync(new { magnet = Magnet });
        await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal(1, allDebrid.CallsTo(Upload));
    }

    [Fact]
    public async Task A_cloudflare_page_is_a_502_and_an_upload_is_never_sent_twice()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        allDebrid.HtmlOn[Upload] = true;
        allDebrid.HtmlOn["/v4.1/magnet/status"] = true;
        await using var app = App(prowlarr, allDebrid);
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.AddAsync(new { magnet = Magnet }).ReadProblemAsync(HttpStatusCode.BadGateway);
        allDebrid.HtmlOn.TryRemove(Upload, out _);
        var added = await client.AddAsync(new { magnet = Magnet }).ReadJsonAsync<MagnetBody>(HttpStatusCode.OK);
        await client.GetAsync($"/api/debrid/magnets/{added.Id}").ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Contains("not its JSON API", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, allDebrid.CallsTo(Upload));
        Assert.Equal(3, allDebrid.CallsTo("/v4.1/magnet/status"));
    }

    [Fact]
    public async Task A_slow_alldebrid_is_a_504_within_the_configured_timeout()
    {
        await using var prowlarr = new FakeProwlarrServer();
        await using var allDebrid = new FakeAllDebridServer();
        // AllDebrid would answer after ten minutes: only the server's 1 s deadline can produce the 504 (no clock asserted).
        allDebrid.DelayOn[Upload] = TimeSpan.FromMinutes(10);
        await using var app = App(prowlarr, allDebrid, new Dictionary<string, string?> { ["AllDebrid:Timeout"] = "00:00:01" });
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        await client.AddAsync(new { magnet = Magnet }).ReadProblemAsync(HttpStatusCode.GatewayTimeout);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_server_at_start()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["AllDebrid:Proxy"] = "not a url", ["AllDebrid:ApiKey"] = "k" });

        var error = Assert.ThrowsAny<Exception>(() => app.Anonymous());
        Assert.Contains("AllDebrid__Proxy", error.ToString(), StringComparison.Ordinal);
    }
}
