using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity;

namespace ProStream.Server.Catalog;

/// <summary>The catalogue language of a request: the <c>language</c> parameter, else the viewer's preference, else <c>Tmdb:Language</c>.</summary>
public sealed class CatalogLanguage(ProStreamDbContext db, IOptions<TmdbOptions> options)
{
    public async Task<string> ResolveAsync(string? requested, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return TmdbOptions.IsLanguage(requested)
                ? requested
                : throw ProblemException.BadRequest($"'{requested}' is not a language; use a form like en-US or fr.");
        }

        var userId = user.Id();
        var preferred = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => u.Preferences.Language)
            .FirstOrDefaultAsync(ct);
        return TmdbOptions.IsLanguage(preferred) ? preferred! : options.Value.Language;
    }
}
