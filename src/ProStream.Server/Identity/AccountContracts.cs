using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Identity;

public sealed record RegisterRequest(
    [property: Required, EmailAddress, StringLength(254)] string Email,
    [property: Required, StringLength(128, MinimumLength = 8)] string Password,
    [property: Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [property: StringLength(Invitations.InvitationTokens.MaxLength)] string? Invitation = null);

public sealed record LoginRequest(
    [property: Required] string Email,
    [property: Required] string Password);

public sealed record ChangePasswordRequest(
    [property: Required] string CurrentPassword,
    [property: Required, StringLength(128, MinimumLength = 8)] string NewPassword);

/// <summary>PATCH /api/me: a null member is left unchanged; <c>preferences</c> replaces the whole set.</summary>
public sealed record UpdateMeRequest(
    [property: StringLength(100, MinimumLength = 1)] string? DisplayName,
    PreferencesDto? Preferences);

public sealed record PreferencesDto(
    [property: RegularExpression("^[a-z]{2}(-[A-Z]{2})?$", ErrorMessage = "language must look like 'fr' or 'fr-FR'.")] string? Language,
    [property: MaxLength(10)] IReadOnlyList<string>? AudioLanguages,
    [property: MaxLength(10)] IReadOnlyList<string>? SubtitleLanguages,
    [property: AllowedValues(null, 480, 576, 720, 1080, 2160, ErrorMessage = "maxResolution must be 480, 576, 720, 1080, 2160 or null.")] int? MaxResolution)
    : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, codes) in new[] { ("audioLanguages", AudioLanguages), ("subtitleLanguages", SubtitleLanguages) })
        {
            if (codes?.Any(c => c is not { Length: 2 } || !c.All(char.IsAsciiLetterLower)) == true)
            {
                yield return new ValidationResult($"{name} must hold ISO 639-1 codes such as 'fr' or 'en'.", [name]);
            }
        }
    }

    public static PreferencesDto From(UserPreferences p) => new(p.Language, p.AudioLanguages, p.SubtitleLanguages, p.MaxResolution);
}

public sealed record UserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, PreferencesDto Preferences, DateTimeOffset CreatedAt)
{
    public static UserDto From(User user) =>
        new(user.Id, user.Email, user.DisplayName, [user.Role], PreferencesDto.From(user.Preferences), user.CreatedAt);
}

/// <summary>PATCH /api/users/{id} (admin).</summary>
public sealed record UpdateUserRequest(
    [property: AllowedValues(null, Identity.Roles.Admin, Identity.Roles.User, ErrorMessage = "role must be 'admin' or 'user'.")] string? Role,
    [property: StringLength(100, MinimumLength = 1)] string? DisplayName);

public sealed record RegistrationSettingsDto(bool AllowRegistration);
