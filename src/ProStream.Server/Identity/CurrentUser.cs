using System.Security.Claims;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Identity;

/// <summary>Reads who is calling from the validated token.</summary>
public static class CurrentUser
{
    public static Guid Id(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue("sub"), out var id)
            ? id
            : throw new ProblemException(StatusCodes.Status401Unauthorized, "Unauthorized", "The access token names no user.");

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(Roles.Admin);
}
