using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>A named key a user made for scripts; it acts as that user, with that user's role at the time of each request.</summary>
public sealed class ApiKey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public required string Name { get; init; }

    /// <summary>SHA-256 of the key: the key itself is shown once, at creation, and never stored.</summary>
    public required string Hash { get; init; }

    /// <summary>The key's first characters, so its owner can tell keys apart without the secret.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last request made with the key, to within <see cref="ApiKeyUsage.Precision"/>.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKeySecrets.MaxNameLength);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeySecrets.PrefixLength);
        builder.HasIndex(k => k.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
