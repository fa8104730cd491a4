using ProStream.Server.Catalog;
using ProStream.Server.Catalog.Wire;

namespace ProStream.Tests.Catalog;

public sealed class TmdbImagesTests
{
    private static readonly Uri Fallback = new("https://image.tmdb.org/t/p/");

    [Fact]
    public void Urls_use_the_secure_base_and_the_preferred_size_per_kind()
    {
        var images = TmdbImages.From(
            new TmdbConfiguration(new TmdbImageConfiguration(
                "http://image.tmdb.org/t/p/", "https://cdn.example/t/p", ["w342", "w500", "original"], ["w780", "w1280"], ["w185"], ["w300"])),
            Fallback);

        Assert.Equal("https://cdn.example/t/p/w500/a.jpg", images.Poster("/a.jpg"));
        Assert.Equal("https://cdn.example/t/p/w1280/b.jpg", images.Backdrop("/b.jpg"));
        Assert.Equal("https://cdn.example/t/p/w185/c.jpg", images.Profile("/c.jpg"));
        Assert.Equal("https://cdn.example/t/p/w300/d.jpg", images.Still("/d.jpg"));
    }

    [Fact]
    public void A_size_TMDB_no_longer_lists_falls_back_to_original()
    {
        var images = TmdbImages.From(
            new TmdbConfiguration(new TmdbImageConfiguration(null, "https://cdn.example/", ["w92", "original"], null, [], null)), Fallback);

        Assert.Equal("https://cdn.example/original/a.jpg", images.Poster("/a.jpg"));
        Assert.Equal("https://cdn.example/w1280/a.jpg", images.Backdrop("/a.jpg"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_paths_give_no_url(string? path) => Assert.Null(TmdbImages.WithBase(Fallback).Poster(path));

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/")]
    public void A_missing_or_odd_base_falls_back_to_the_configured_one(string? reported)
    {
        var images = TmdbImages.From(new TmdbConfiguration(new TmdbImageConfiguration(null, reported, null, null, null, null)), Fallback);

        Assert.Equal("https://image.tmdb.org/t/p/w500/a.jpg", images.Poster("/a.jpg"));
    }
}
