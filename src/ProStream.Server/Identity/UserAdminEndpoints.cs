using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Identity;

/// <summary>Admin-only: accounts and open registration.</summary>
internal static class UserAdminEndpoints
{
    public static void MapUserAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Administration").RequireAuthorization(Roles.AdminPolicy);
        users.MapGet("/", ListUsers).WithSummary("Every account, oldest first.");
        users.MapPatch("/{id:guid}", UpdateUser).WithSummary("Change an account's role or display name.");
        users.MapDelete("/{id:guid}", DeleteUser).WithSummary("Delete an account with its watchlist and history.");

        var settings = app.MapGroup("/api/settings").WithTags("Administration").RequireAuthorization(Roles.AdminPolicy);
        settings.MapGet("/registration", GetRegistration).WithSummary("Whether anyone may register.");
        settings.MapPut("/registration", SetRegistration).WithSummary("Open or close registration.");
    }

    private static async Task<Ok<List<UserDto>>> ListUsers(ProStreamDbContext db, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).ToListAsync(ct);
        return TypedResults.Ok(users.ConvertAll(UserDto.From));
    }

    private static async Task<Ok<UserDto>> UpdateUser(
        Guid id, UpdateUserRequest request, ProStreamDbContext db, AdminSafeUpdates admins, IEnumerable<IUserAccessEnder> access, CancellationToken ct)
    {
        var user = await FindAsync(db, id, ct);
        if (request.DisplayName is { } name)
        {
            user.DisplayName = name.Trim();
            await db.SaveChangesAsync(ct);
        }

        if (request.Role is { } role && role != user.Role)
        {
            if (!await admins.SetRoleAsync(id, role, ct))
            {
                throw LastAdmin("demote");
            }

            user.Role = role;
            await EndAccessAsync(access, id, ct);
        }

        return TypedResults.Ok(UserDto.From(user));
    }

    private static async Task<NoContent> DeleteUser(
        Guid id, ProStreamDbContext db, AdminSafeUpdates admins, IEnumerable<IUserAccessEnder> access, CancellationToken ct)
    {
        await FindAsync(db, id, ct);
        if (!await admins.DeleteAsync(id, ct))
        {
            throw await db.Users.AnyAsync(u => u.Id == id, ct) ? LastAdmin("delete") : NotFound(id);
        }

        await EndAccessAsync(access, id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RegistrationSettingsDto>> GetRegistration(RegistrationSettings settings, CancellationToken ct) =>
        TypedResults.Ok(new RegistrationSettingsDto(await settings.IsOpenAsync(ct)));

    private static async Task<Ok<RegistrationSettingsDto>> SetRegistration(
        RegistrationSettingsDto request, RegistrationSettings settings, CancellationToken ct)
    {
        await settings.SetOpenAsync(request.AllowRegistration, ct);
        return TypedResults.Ok(request);
    }

    private static async Task EndAccessAsync(IEnumerable<IUserAccessEnder> access, Guid id, CancellationToken ct)
    {
        foreach (var ender in access)
        {
            await ender.EndAllAsync(id, ct);
        }
    }

    private static ProblemException LastAdmin(string action) =>
        ProblemException.Conflict($"Cannot {action} the last admin; promote another account first.");

    private static ProblemException NotFound(Guid id) => ProblemException.NotFound($"No account has id {id}.");

    private static async Task<User> FindAsync(ProStreamDbContext db, Guid id, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw NotFound(id);
}
