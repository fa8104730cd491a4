using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProStream.Server.Identity;

namespace ProStream.Server.Debrid;

/// <summary>
/// A magnet a user put on the server's AllDebrid account. AllDebrid ids are small sequential
/// numbers on one shared account, so only the users who added a magnet may see it.
/// </summary>
public sealed class OwnedMagnet
{
    public Guid UserId { get; init; }

    public long MagnetId { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}

internal sealed class OwnedMagnetConfiguration : IEntityTypeConfiguration<OwnedMagnet>
{
    public void Configure(EntityTypeBuilder<OwnedMagnet> builder)
    {
        builder.ToTable("magnet_owners");
        builder.HasKey(m => new { m.UserId, m.MagnetId });
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
