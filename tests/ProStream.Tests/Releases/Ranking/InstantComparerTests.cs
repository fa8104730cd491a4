using ProStream.Server.Releases.Ranking;
using static ProStream.Tests.Releases.Ranking.Candidates;

namespace ProStream.Tests.Releases.Ranking;

public sealed class InstantComparerTests
{
    private static ReleaseCandidate With(bool? instant, string id = "Movie.2020.1080p.WEB-DL") => Named(id) with { Instant = instant };

    [Fact]
    public void Instant_first() => AssertBetter(new InstantComparer(), With(true), With(false));

    [Fact]
    public void Instant_before_unknown() => AssertBetter(new InstantComparer(), With(true), With(null));

    [Fact]
    public void Not_instant_and_unknown_tie() => AssertTie(new InstantComparer(), With(false), With(null));

    [Fact]
    public void Two_instant_releases_tie() => AssertTie(new InstantComparer(), With(true), With(true, "Movie.2020.720p.WEB-DL"));
}
