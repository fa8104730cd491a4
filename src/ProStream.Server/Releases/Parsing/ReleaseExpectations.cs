namespace ProStream.Server.Releases.Parsing;

/// <summary>What the viewer asked for; any part may be unknown.</summary>
/// <param name="Title">Title in the viewer's language (TMDB <c>title</c>/<c>name</c>).</param>
/// <param name="OriginalTitle">Title in the original language (TMDB <c>original_title</c>).</param>
/// <param name="Year">Release year (films) or first-air year (series); a release may be off by one.</param>
/// <param name="Season">Season asked for, for an episode or a season.</param>
/// <param name="Episode">Episode asked for within <paramref name="Season"/>.</param>
/// <param name="AbsoluteEpisode">The same episode counted from the show's first one (anime releases number so).</param>
/// <param name="AirDate">The episode's first air date (daily shows name releases by it).</param>
public sealed record ReleaseExpectations(
    string? Title = null,
    string? OriginalTitle = null,
    int? Year = null,
    int? Season = null,
    int? Episode = null,
    int? AbsoluteEpisode = null,
    DateOnly? AirDate = null);
