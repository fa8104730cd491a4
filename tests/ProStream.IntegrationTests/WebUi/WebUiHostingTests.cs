using System.Net;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Hosting.WebUi;

namespace ProStream.IntegrationTests.WebUi;

/// <summary>The web UI's files and deep links are served with its Content-Security-Policy; the server's own routes keep theirs.</summary>
public sealed class WebUiHostingTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/title/movie/123")]
    [InlineData("/title/tv/1399?season=2")]
    [InlineData("/watch/movie/550")]
    [InlineData("/login")]
    public async Task App_routes_serve_index_html_with_the_content_security_policy(string path)
    {
        await using var app = new ProStreamApp();
        using var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"app.js\"></script>", html, StringComparison.Ordinal);
        // No base path set: the page is relative to the root.
        Assert.Contains("<base href=\"/\">", html, StringComparison.Ordinal);
        AssertUiHeaders(response);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/styles.css", "text/css")]
    [InlineData("/js/views/player.js", "text/javascript")]
    [InlineData("/vendor/hls.js/hls.min.js", "text/javascript")]
    public async Task Static_files_are_served_with_the_content_security_policy(string path, string mediaType)
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();
        // As a browser asks: compressed copies are served when the client takes them.
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        AssertUiHeaders(response);
    }

    [Theory]
    [InlineData("/api/unknown")]
    [InlineData("/api/catalog/nothing/here")]
    [InlineData("/hls/nothing")]
    [InlineData("/health/nothing")]
    [InlineData("/openapi/nothing")]
    [InlineData("/missing.js")]
    [InlineData("/title/missing.png")]
    public async Task Server_paths_and_missing_files_stay_404_problems(string path)
    {
        await using var app = new ProStreamApp();
        await app.Anonymous().GetAsync(path).ReadProblemAsync(HttpStatusCode.NotFound);

        // A browser's navigation (Accept: text/html) still gets a 404, not the app's page.
        var browser = app.Anonymous();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var navigation = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, navigation.StatusCode);
        Assert.DoesNotContain("app.js", await navigation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_docs_health_and_metrics_are_still_the_servers()
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();

        using var docs = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.DoesNotContain("src=\"app.js\"", await docs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.DoesNotContain("index.html", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("application/json", live.Content.Headers.ContentType?.MediaType);
        using var metrics = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.False(live.Headers.Contains("Content-Security-Policy"), "API responses carry no UI policy");
    }

    [Fact]
    public async Task Api_json_errors_are_not_replaced_by_the_page()
    {
        await using var app = new ProStreamApp();

        // Signed out: the API says 401, it does not hand out the UI.
        using var response = await app.Anonymous().GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertUiHeaders(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(WebUiModule.ContentSecurityPolicy, policy);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("media-src 'self' blob:", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
