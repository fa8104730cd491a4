using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>A user's own API keys under <c>/api/me</c>; everyone's for admins under <c>/api/admin</c>.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/me/api-keys").WithTags("Accounts").RequireAuthorization();
        mine.MapGet("/", List).WithSummary("Your API keys, newest first, with when each was last used.");
        mine.MapPost("/", Create)
            .WithSummary("Create a named API key for scripts (sent as X-Api-Key); the key is shown only in this answer. Needs a signed-in session, not another key.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapDelete("/{id:guid}", Revoke).WithSummary("Revoke one of your API keys; it stops working at once.");

        var all = app.MapGroup("/api/admin/api-keys").WithTags("Administration").RequireAuthorization(Roles.AdminPolicy);
        all.MapGet("/", ListAll).WithSummary("Every user's API keys, newest first, with their owner.");
        all.MapDelete("/{id:guid}", RevokeAny).WithSummary("Revoke any user's API key; it stops working at once.");
    }

    private static async Task<Ok<List<ApiKeyDto>>> List(ClaimsPrincipal principal, ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(principal.Id(), ct));

    private static async Task<Created<CreatedApiKeyDto>> Create(
        CreateApiKeyRequest request, ClaimsPrincipal principal, ApiKeyService keys, CancellationToken ct)
    {
        // A leaked key must not be able to mint keys that outlive its own revocation.
        if (principal.HasClaim(c => c.Type == ApiKeyDefaults.KeyIdClaim))
        {
            throw ProblemException.Forbidden("API keys cannot create API keys; sign in to create one.");
        }

        var created = await keys.CreateAsync(principal.Id(), request, ct);
        return TypedResults.Created($"/api/me/api-keys/{created.Id}", created);
    }

    private static async Task<NoContent> Revoke(Guid id, ClaimsPrincipal principal, ApiKeyService keys, CancellationToken ct)
    {
        await keys.RevokeAsync(id, principal.Id(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<AdminApiKeyDto>>> ListAll(ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAllAsync(ct));

    private static async Task<NoContent> RevokeAny(Guid id, ApiKeyService keys, CancellationToken ct)
    {
        await keys.RevokeAsync(id, null, ct);
        return TypedResults.NoContent();
    }
}
