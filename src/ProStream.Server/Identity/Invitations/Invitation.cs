using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProStream.Server.Identity.Invitations;

/// <summary>A one-time sign-up link an admin made: it names the role the new account gets.</summary>
public sealed class Invitation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>SHA-256 of the token in the link: the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; init; }

    public required string Role { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }

    public Guid? UsedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public InvitationState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? InvitationState.Used
        : RevokedAt is not null ? InvitationState.Revoked
        : ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Pending;
}

public enum InvitationState
{
    Pending,
    Used,
    Revoked,
    Expired,
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.Role).HasMaxLength(20);
    }
}
