using System.Net;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

public sealed class DatabaseReadinessTests
{
    [Fact]
    public async Task Readiness_is_unhealthy_while_the_database_is_unreachable_but_liveness_holds()
    {
        var closedPort = ServerProcess.FreePort();
        await using var app = new ProStreamApp(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:MigrateOnStart"] = "false",
            ["ConnectionStrings:Default"] = $"Host=127.0.0.1;Port={closedPort};Username=nobody;Password=secret-db-password;Timeout=2",
        });
        var client = app.Anonymous();

        using var ready = await client.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var database = JsonDocument.Parse(body).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.DoesNotContain("secret-db-password", body, StringComparison.Ordinal);

        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
