using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>
/// One refresh token of a sign-in ("family"): each use replaces it with a new one of the same family.
/// Only its SHA-256 is stored; the token itself lives in the browser's HttpOnly cookie.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    /// <summary>Every token descended from one sign-in; reuse of a replaced token revokes them all.</summary>
    public Guid FamilyId { get; init; }

    public required string Hash { get; init; }

    /// <summary>The account's security stamp when issued: a password change makes the token stale.</summary>
    public required string SecurityStamp { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When it was exchanged for its successor; presenting it again after that is reuse.</summary>
    public DateTimeOffset? ReplacedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(t => t.FamilyId);
        builder.HasIndex(t => t.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
