using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Identity.Invitations;

/// <summary>POST /api/admin/invitations: the role the new account gets, and optionally how long the link lasts.</summary>
public sealed record CreateInvitationRequest(
    [property: AllowedValues(null, Roles.Admin, Roles.User, ErrorMessage = "role must be 'admin' or 'user'.")] string? Role,
    [property: Range(1, 24 * 90, ErrorMessage = "validForHours must be between 1 and 2160 (90 days).")] int? ValidForHours);

public sealed record InvitationDto(
    Guid Id, string Role, InvitationState State, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, Guid? UsedBy)
{
    public static InvitationDto From(Invitation i, DateTimeOffset now) =>
        new(i.Id, i.Role, i.StateAt(now), i.CreatedAt, i.ExpiresAt, i.UsedAt, i.UsedBy);
}

/// <summary>The created invitation with its token and link: the only time the token is shown.</summary>
public sealed record CreatedInvitationDto(Guid Id, string Role, DateTimeOffset ExpiresAt, string Token, string Link);
