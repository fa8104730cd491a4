using Microsoft.Extensions.Configuration;
using ProStream.Server.Hosting.BasePath;

namespace ProStream.Tests.Hosting;

public sealed class BasePathTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("/prostream", true)]
    [InlineData("/apps/prostream", true)]
    [InlineData("/pro-stream_2.0~x", true)]
    [InlineData("prostream", false)]
    [InlineData("/prostream/", false)]
    [InlineData("/", false)]
    [InlineData("//prostream", false)]
    [InlineData("/pro stream", false)]
    [InlineData("/pro\"stream", false)]
    [InlineData("/pro%2fstream", false)]
    [InlineData("/apps/../prostream", false)]
    [InlineData("/.", false)]
    [InlineData("/prostream?x=1", false)]
    [InlineData("/prostréam", false)]
    public void Only_a_plain_path_without_trailing_slash_is_a_base_path(string? value, bool valid) =>
        Assert.Equal(valid, BasePathModule.Problem(value) is null);

    [Fact]
    public void A_bad_setting_stops_start_up_naming_the_setting_and_the_fix()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [BasePathModule.Setting] = "/prostream/" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => BasePathModule.Read(configuration));

        Assert.Contains("ProStream__BasePath", error.Message, StringComparison.Ordinal);
        Assert.Contains("must not end with '/'", error.Message, StringComparison.Ordinal);
    }
}
