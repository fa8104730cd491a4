using ProStream.Server.Hosting.WebUi;

namespace ProStream.Tests.Hosting;

public sealed class ClientRouteConstraintTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("title/movie/550", true)]
    [InlineData("watch/tv/1399", true)]
    [InlineData("search", true)]
    [InlineData("apis", true)]
    [InlineData("docsearch", true)]
    [InlineData("api", false)]
    [InlineData("api/unknown", false)]
    [InlineData("API/unknown", false)]
    [InlineData("hls/abc/token/master.m3u8", false)]
    [InlineData("health/live", false)]
    [InlineData("metrics", false)]
    [InlineData("openapi/v1.json", false)]
    [InlineData("docs", false)]
    [InlineData("docs/scalar.js", false)]
    [InlineData("app.js", false)]
    [InlineData("title/poster.png", false)]
    public void Only_the_apps_own_paths_get_index_html(string path, bool expected) =>
        Assert.Equal(expected, ClientRouteConstraint.IsClientRoute(path));
}
