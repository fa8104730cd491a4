using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProStream.Server.Identity;

namespace ProStream.Server.Library;

/// <summary>
/// Where a viewer stopped in a title. One entry per title: for a series it follows the episode
/// last watched, which is what "continue watching" shows.
/// </summary>
public sealed class HistoryEntry
{
    /// <summary>At or past this share of the duration a title counts as finished.</summary>
    public const double FinishedAtPercent = 90;

    public long Id { get; init; }

    public Guid UserId { get; init; }

    public MediaType Type { get; init; }

    public int TmdbId { get; init; }

    public int? Season { get; set; }

    public int? Episode { get; set; }

    public string? Title { get; set; }

    public string? PosterPath { get; set; }

    public double Position { get; set; }

    public double Duration { get; set; }

    public double Percent { get; set; }

    public bool Finished { get; set; }

    public DateTimeOffset LastWatchedAt { get; set; }

    public void Record(double position, double duration, DateTimeOffset at)
    {
        Duration = duration;
        Position = Math.Min(position, duration);
        Percent = duration > 0 ? Math.Round(Position / duration * 100, 2) : 0;
        Finished = Percent >= FinishedAtPercent;
        LastWatchedAt = at;
    }
}

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(h => h.Title).HasMaxLength(300);
        builder.Property(h => h.PosterPath).HasMaxLength(300);
        builder.HasIndex(h => new { h.UserId, h.Type, h.TmdbId }).IsUnique();
        builder.HasIndex(h => new { h.UserId, h.LastWatchedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
