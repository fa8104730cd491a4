using System.Net;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Hosting;

public sealed class VersionTests
{
    [Fact]
    public async Task Version_is_the_release_semver_in_the_api_health_and_openapi()
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();
        var expected = System.Xml.Linq.XDocument.Load(RepositoryRoot.File("Directory.Build.props")).Descendants("Version").Single().Value;

        var version = await client.GetAsync("/api/version").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        using var health = JsonDocument.Parse(await client.GetStringAsync("/health/live"));
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", expected);
        Assert.Equal(expected, version.GetProperty("version").GetString());
        Assert.StartsWith(expected, version.GetProperty("build").GetString(), StringComparison.Ordinal);
        Assert.Equal(expected, health.RootElement.GetProperty("version").GetString());
        Assert.Equal(expected, openApi.RootElement.GetProperty("info").GetProperty("version").GetString());
    }
}
