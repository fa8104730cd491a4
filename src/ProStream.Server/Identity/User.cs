using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProStream.Server.Identity;

public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Email { get; set; }

    /// <summary>Upper-cased email: the unique key, so two spellings cannot make two accounts.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    public string PasswordHash { get; set; } = "";

    public string Role { get; set; } = Roles.User;

    /// <summary>Changes on password change; tokens carrying an older stamp are refused.</summary>
    public string SecurityStamp { get; set; } = NewStamp();

    public DateTimeOffset CreatedAt { get; init; }

    public UserPreferences Preferences { get; set; } = new();

    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}

/// <summary>What the catalogue, the ranker and the player use to suit a viewer.</summary>
public sealed class UserPreferences
{
    /// <summary>TMDB language such as <c>fr-FR</c>; null = the server's default.</summary>
    public string? Language { get; set; }

    public List<string> AudioLanguages { get; set; } = [];

    public List<string> SubtitleLanguages { get; set; } = [];

    /// <summary>Highest vertical resolution wanted (e.g. 1080); null = no limit.</summary>
    public int? MaxResolution { get; set; }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PasswordHash).HasMaxLength(500);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.OwnsOne(u => u.Preferences, preferences =>
        {
            preferences.Property(p => p.Language).HasMaxLength(20).HasColumnName("language");
            preferences.Property(p => p.AudioLanguages).HasColumnName("audio_languages");
            preferences.Property(p => p.SubtitleLanguages).HasColumnName("subtitle_languages");
            preferences.Property(p => p.MaxResolution).HasColumnName("max_resolution");
        });
    }
}
