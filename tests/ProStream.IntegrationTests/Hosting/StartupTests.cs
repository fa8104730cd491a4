using System.Net;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Embedded_default_creates_its_database_and_reports_ready()
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();

        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var ready = await client.GetAsync("/health/ready").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var checks = ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("database", checks);
        Assert.Contains("data-directory", checks);
        Assert.Equal(!TestDatabases.UsePostgres, File.Exists(Path.Combine(app.DataDir, "prostream.db")));
        Assert.True(File.Exists(Path.Combine(app.DataDir, "jwt-signing.key")));
    }

    [Fact]
    public async Task Restart_on_the_same_data_directory_keeps_accounts_and_tokens()
    {
        var dataDir = TestDirectory.Create("restart");
        var (database, postgres) = TestDatabases.Shared();
        try
        {
            string token;
            await using (var first = new ProStreamApp(database, dataDir: dataDir))
            {
                var client = await first.RegisterAndLoginAsync("keeper@example.com", "keeper-password");
                token = client.DefaultRequestHeaders.Authorization!.Parameter!;
            }

            await using var second = new ProStreamApp(database, dataDir: dataDir);
            var me = await second.Anonymous().WithToken(token).GetAsync("/api/me").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("keeper@example.com", me.GetProperty("email").GetString());
            await second.LoginAsync("keeper@example.com", "keeper-password");
        }
        finally
        {
            TestDirectory.Delete(dataDir);
            if (postgres is not null)
            {
                await TestDatabases.DropPostgresAsync(postgres);
            }
        }
    }

    [Fact]
    public async Task Production_starts_with_a_signing_key_and_writes_no_key_file()
    {
        await using var app = new ProStreamApp(
            new Dictionary<string, string?> { ["Auth:SigningKey"] = "production-secret-production-secret-123" },
            environment: "Production");

        using var ready = await app.Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False(File.Exists(Path.Combine(app.DataDir, "jwt-signing.key")));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_with_bearer_auth_and_docs_ui_is_served()
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();

        var document = await client.GetAsync("/openapi/v1.json").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/watchlist", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());

        using var docs = await client.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("text/html", docs.Content.Headers.ContentType?.MediaType);
    }
}
