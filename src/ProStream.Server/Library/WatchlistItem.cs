using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProStream.Server.Identity;

namespace ProStream.Server.Library;

public sealed class WatchlistItem
{
    public long Id { get; init; }

    public Guid UserId { get; init; }

    public MediaType Type { get; init; }

    public int TmdbId { get; init; }

    public string? Title { get; set; }

    public string? PosterPath { get; set; }

    public DateTimeOffset AddedAt { get; init; }
}

internal sealed class WatchlistItemConfiguration : IEntityTypeConfiguration<WatchlistItem>
{
    public void Configure(EntityTypeBuilder<WatchlistItem> builder)
    {
        builder.ToTable("watchlist");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(w => w.Title).HasMaxLength(300);
        builder.Property(w => w.PosterPath).HasMaxLength(300);
        builder.HasIndex(w => new { w.UserId, w.Type, w.TmdbId }).IsUnique();
        builder.HasIndex(w => new { w.UserId, w.AddedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
