using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Identity;

namespace ProStream.Server.Debrid;

internal static class DebridEndpoints
{
    public static void MapDebridEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/debrid").WithTags("Debrid").RequireAuthorization();
        group.MapPost("/magnets", AddMagnet)
            .WithSummary("Put a release (releaseId from /api/releases) or a magnet on AllDebrid; files are listed once ready.");
        group.MapGet("/magnets/{id:long}", GetMagnet).WithSummary("A magnet you added: its current status, with its files once ready.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/unlock", Unlock).WithSummary("Turn an AllDebrid file link into a direct HTTPS URL.");
    }

    private static async Task<Ok<DebridMagnetDto>> AddMagnet(
        AddMagnetRequest request, ClaimsPrincipal principal, DebridService debrid, MagnetOwnership owners, CancellationToken ct)
    {
        var magnet = await debrid.AddAsync(new DebridSource(request.ReleaseId, request.Magnet), ct);
        await owners.RecordAsync(principal.Id(), magnet.Id, ct);
        return TypedResults.Ok(DebridMagnetDto.From(magnet));
    }

    private static async Task<Ok<DebridMagnetDto>> GetMagnet(
        long id, ClaimsPrincipal principal, DebridService debrid, MagnetOwnership owners, CancellationToken ct)
    {
        debrid.EnsureConfigured();
        await owners.EnsureOwnedAsync(principal.Id(), id, ct);
        return TypedResults.Ok(DebridMagnetDto.From(await debrid.GetAsync(id, ct)));
    }

    private static async Task<Ok<UnlockedLinkDto>> Unlock(UnlockRequest request, DebridService debrid, CancellationToken ct) =>
        TypedResults.Ok(UnlockedLinkDto.From(await debrid.UnlockAsync(request.Link!, ct)));
}
