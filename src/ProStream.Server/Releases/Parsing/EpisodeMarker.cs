namespace ProStream.Server.Releases.Parsing;

/// <summary>Where a name says which season(s) and episode(s) it holds; <see cref="Index"/> is where the
/// marker starts, which is also where the title ends.</summary>
internal sealed record EpisodeMarker(int Index, int? Season, IReadOnlyList<int> Seasons, IReadOnlyList<int> Episodes)
{
    public IReadOnlyList<int> AbsoluteEpisodes { get; init; } = [];

    public DateOnly? AirDate { get; init; }
}
