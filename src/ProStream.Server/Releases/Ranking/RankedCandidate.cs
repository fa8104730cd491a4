namespace ProStream.Server.Releases.Ranking;

/// <summary>A candidate in ranked order: <see cref="Rank"/> 1 is the best; <see cref="Why"/> is a short
/// explanation for people, e.g. "French audio · 1080p · WEB-DL · 812 seeders".</summary>
public sealed record RankedCandidate(ReleaseCandidate Candidate, int Rank, string Why);
