using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Identity.Invitations;

/// <summary>Admins create, list and revoke invitations; registration redeems one, once.</summary>
internal sealed class InvitationService(ProStreamDbContext db, IOptions<AuthOptions> options, TimeProvider time)
{
    public async Task<CreatedInvitationDto> CreateAsync(Guid adminId, CreateInvitationRequest request, CancellationToken ct)
    {
        var token = InvitationTokens.New();
        var now = time.GetUtcNow();
        var lifetime = request.ValidForHours is { } hours ? TimeSpan.FromHours(hours) : options.Value.InvitationLifetime;
        var invitation = new Invitation
        {
            TokenHash = InvitationTokens.Hash(token),
            Role = request.Role ?? Roles.User,
            CreatedBy = adminId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return new CreatedInvitationDto(invitation.Id, invitation.Role, invitation.ExpiresAt, token, InvitationTokens.Link(token));
    }

    public async Task<List<InvitationDto>> ListAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = await db.Invitations.AsNoTracking().ToListAsync(ct);
        return [.. all.OrderByDescending(i => i.CreatedAt).Select(i => InvitationDto.From(i, now))];
    }

    /// <summary>Revokes a pending invitation; a used one stays used (its account exists).</summary>
    public async Task RevokeAsync(Guid id, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw ProblemException.NotFound($"No invitation has id {id}.");
        if (invitation.UsedAt is not null)
        {
            throw ProblemException.Conflict("This invitation was already used; delete the account instead.");
        }

        invitation.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Marks the invitation used by <paramref name="userId"/> in one conditional statement, so two
    /// sign-ups with the same link cannot both succeed; returns the role it grants. Call inside the
    /// transaction that creates the account.
    /// </summary>
    public async Task<string> RedeemAsync(string token, Guid userId, CancellationToken ct)
    {
        var hash = InvitationTokens.Hash(token);
        var now = time.GetUtcNow();
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct)
            ?? throw Refused("This invitation link is not valid; ask the admin for a new one.");
        var redeemed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.UsedAt, now).SetProperty(x => x.UsedBy, userId), ct);
        if (redeemed == 1)
        {
            return invitation.Role;
        }

        throw (await db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id, ct)).StateAt(now) switch
        {
            InvitationState.Used => Refused("This invitation was already used; each link creates one account."),
            InvitationState.Revoked => Refused("This invitation was revoked by the admin."),
            _ => Refused("This invitation has expired; ask the admin for a new one."),
        };
    }

    private static ProblemException Refused(string detail) => new(StatusCodes.Status400BadRequest, "Invitation not usable", detail);
}
