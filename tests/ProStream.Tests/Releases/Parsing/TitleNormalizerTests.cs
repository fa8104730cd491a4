using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

public sealed class TitleNormalizerTests
{
    [Theory]
    [InlineData("The Matrix", "matrix")]
    [InlineData("Amélie", "amelie")]
    [InlineData("L'Été meurtrier", "ete meurtrier")]
    [InlineData("Fast & Furious", "fast and furious")]
    [InlineData("Mission: Impossible - Dead Reckoning Part One", "mission impossible dead reckoning part one")]
    [InlineData("Ocean's Eleven", "oceans eleven")]
    [InlineData("Les Misérables", "miserables")]
    [InlineData("Œdipe roi", "oedipe roi")]
    [InlineData("The", "the")]
    public void Normalizes_case_accents_punctuation_and_articles(string title, string expected) =>
        Assert.Equal(expected, TitleNormalizer.Normalize(title));

    [Theory]
    [InlineData("Spider-Man: No Way Home", "Spider Man No Way Home", true)]
    [InlineData("S.W.A.T.", "SWAT", true)]
    [InlineData("Fast & Furious", "Fast.and.Furious", true)]
    [InlineData("Le Bureau des Légendes", "Bureau Des Legendes", true)]
    [InlineData("Dune", "Dune Part Two", false)]
    [InlineData("Alien", "Aliens", false)]
    public void Compares_titles(string a, string b, bool same) => Assert.Equal(same, TitleNormalizer.SameTitle(a, b));
}
