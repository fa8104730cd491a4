using ProStream.Server.Catalog;

namespace ProStream.Tests.Catalog;

public sealed class TmdbOptionsTests
{
    [Theory]
    [InlineData(null, false, false)]
    [InlineData("0123456789abcdef0123456789ABCDEF", true, false)]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln", true, true)]
    public void The_key_kind_decides_how_it_is_sent(string? key, bool configured, bool bearer)
    {
        var options = new TmdbOptions { ApiKey = key };

        Assert.Equal((configured, bearer), (options.IsConfigured, options.UsesReadAccessToken));
        Assert.Empty(TmdbOptions.Validate(options));
    }

    [Fact]
    public void Each_unusable_setting_is_named()
    {
        var options = new TmdbOptions
        {
            ApiKey = "short", BaseUrl = new Uri("/relative", UriKind.Relative), Language = "english", Timeout = TimeSpan.Zero,
            ImageBaseUrl = new Uri("file:///tmp"),
        };

        var failures = TmdbOptions.Validate(options).ToList();

        Assert.Equal(5, failures.Count);
        Assert.All(["Tmdb:ApiKey", "Tmdb:BaseUrl", "Tmdb:Language", "Tmdb:Timeout", "Tmdb:ImageBaseUrl"],
            name => Assert.Contains(failures, f => f.StartsWith(name, StringComparison.Ordinal)));
        Assert.DoesNotContain(failures, f => f.Contains("short", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("fr-FR", true)]
    [InlineData("pt-BR", true)]
    [InlineData("FR-fr", false)]
    [InlineData("french", false)]
    [InlineData("fr_FR", false)]
    [InlineData("", false)]
    public void Languages_follow_TMDBs_form(string value, bool valid) => Assert.Equal(valid, TmdbOptions.IsLanguage(value));
}
