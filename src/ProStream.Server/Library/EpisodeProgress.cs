using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProStream.Server.Identity;

namespace ProStream.Server.Library;

/// <summary>
/// Where a viewer is in one episode of a show: the show's <see cref="HistoryEntry"/> follows only the episode
/// last watched, these keep every episode's progress and watched mark (for the show page and its "Continue").
/// </summary>
public sealed class EpisodeProgress
{
    public long Id { get; init; }

    public Guid UserId { get; init; }

    public int TmdbId { get; init; }

    public int Season { get; init; }

    public int Episode { get; init; }

    public double Position { get; set; }

    public double Duration { get; set; }

    public double Percent { get; set; }

    public bool Finished { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public void Record(double position, double duration, DateTimeOffset at)
    {
        Duration = duration;
        Position = Math.Min(position, duration);
        Percent = duration > 0 ? Math.Round(Position / duration * 100, 2) : 0;
        Finished = Percent >= HistoryEntry.FinishedAtPercent;
        UpdatedAt = at;
    }

    /// <summary>Marked as watched by the viewer, whether or not it was played here.</summary>
    public void MarkWatched(DateTimeOffset at)
    {
        Position = Duration;
        Percent = 100;
        Finished = true;
        UpdatedAt = at;
    }
}

internal sealed class EpisodeProgressConfiguration : IEntityTypeConfiguration<EpisodeProgress>
{
    public void Configure(EntityTypeBuilder<EpisodeProgress> builder)
    {
        builder.ToTable("episode_progress");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.UserId, e.TmdbId, e.Season, e.Episode }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
