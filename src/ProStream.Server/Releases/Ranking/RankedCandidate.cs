namespace ProStream.Server.Releases.Ranking;

/// <summary>A candidate in ranked order: <see cref="Rank"/> 1 is the best; <see cref="Why"/> says, in a viewer's words,
/// what put it below the one above, e.g. "1080p WEB-DL like #1 but fewer seeders (40 vs 812)".</summary>
public sealed record RankedCandidate(ReleaseCandidate Candidate, int Rank, string Why);
