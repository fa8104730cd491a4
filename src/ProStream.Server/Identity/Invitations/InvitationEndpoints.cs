using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.BasePath;

namespace ProStream.Server.Identity.Invitations;

/// <summary>Admin-only: one-time sign-up links, for a server whose registration is closed.</summary>
internal static class InvitationEndpoints
{
    public static void MapInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/invitations").WithTags("Administration").RequireAuthorization(Roles.AdminPolicy);
        group.MapPost("/", Create).WithSummary("Create a one-time sign-up link naming a role; the token is shown only in this answer.");
        group.MapGet("/", List).WithSummary("Every invitation, newest first, with its state.");
        group.MapDelete("/{id:guid}", Revoke).WithSummary("Revoke a pending invitation.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<CreatedInvitationDto>> Create(
        CreateInvitationRequest request, ClaimsPrincipal principal, InvitationService invitations, HttpRequest http, CancellationToken ct)
    {
        var created = await invitations.CreateAsync(principal.Id(), request, ct);
        // The link is the web UI's page: under the base path the admin reached the server by.
        return TypedResults.Created($"/api/admin/invitations/{created.Id}", created with { Link = http.AppUrl(created.Link) });
    }

    private static async Task<Ok<List<InvitationDto>>> List(InvitationService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.ListAsync(ct));

    private static async Task<NoContent> Revoke(Guid id, InvitationService invitations, CancellationToken ct)
    {
        await invitations.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }
}
