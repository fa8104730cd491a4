using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class AudioLanguageComparerTests
{
    [Theory]
    [InlineData("fr", null, "Movie.2020.MULTi.1080p", "Movie.2020.1080p")]
    [InlineData("fr", null, "Movie.2020.VFF.1080p", "Movie.2020.VOSTFR.1080p")]
    [InlineData("fr", null, "Movie.2020.TRUEFRENCH.1080p", "Movie.2020.ENGLISH.1080p")]
    [InlineData("fr,en", null, "Movie.2020.ENGLISH.1080p", "Movie.2020.GERMAN.1080p")]
    [InlineData("fr,en", null, "Movie.2020.FRENCH.1080p", "Movie.2020.ENGLISH.1080p")]
    [InlineData("fr,en", null, "Movie.2020.MULTi.1080p", "Movie.2020.FRENCH.1080p")]
    [InlineData("fr", "ja", "Anime.2020.MULTi.1080p", "Anime.2020.VOSTFR.1080p")]
    [InlineData("en", "ja", "Anime.2020.ENGLISH.1080p", "Anime.2020.1080p")]
    [InlineData("ja", "ja", "Anime.2020.1080p", "Anime.2020.FRENCH.1080p")]
    [InlineData("de", null, "Die.Hard.1988.MULTi.GERMAN.1080p", "Die.Hard.1988.MULTi.1080p")]
    [InlineData("en", "fr", "Film.2020.MULTi.1080p", "Film.2020.1080p")]
    public void Prefers_releases_carrying_the_preferred_language(string languages, string? original, string better, string worse) =>
        AssertBetter(new AudioLanguageComparer(Preferences(languages, original: original)), Named(better), Named(worse));

    [Theory]
    [InlineData("", null, "Movie.2020.FRENCH.1080p", "Movie.2020.ENGLISH.1080p")]
    [InlineData("fr", null, "Movie.2020.MULTi.1080p", "Movie.2020.TRUEFRENCH.1080p")]
    [InlineData("fr", null, "Movie.2020.ENGLISH.1080p", "Movie.2020.GERMAN.1080p")]
    [InlineData("en", null, "Movie.2020.1080p", "Movie.2020.ENGLISH.1080p")]
    [InlineData("de", null, "Die.Hard.1988.MULTi.1080p", "Die.Hard.1988.FRENCH.1080p")]
    public void Ties_when_the_preference_does_not_separate_them(string languages, string? original, string a, string b) =>
        AssertTie(new AudioLanguageComparer(Preferences(languages, original: original)), Named(a), Named(b));
}
