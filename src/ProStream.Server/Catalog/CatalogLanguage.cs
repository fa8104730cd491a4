using System.Security.Claims;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity;
using ProStream.Server.Identity.Access;

namespace ProStream.Server.Catalog;

/// <summary>The catalogue language of a request: the <c>language</c> parameter, else the viewer's preference, else <c>Tmdb:Language</c>.</summary>
public sealed class CatalogLanguage(UserAccessCache users, IOptions<TmdbOptions> options)
{
    public async ValueTask<string> ResolveAsync(string? requested, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return TmdbOptions.IsLanguage(requested)
                ? requested
                : throw ProblemException.BadRequest($"'{requested}' is not a language; use a form like en-US or fr.");
        }

        // Token validation has just read the same entry: no database read here.
        var preferred = (await users.GetAsync(user.Id(), ct))?.Language;
        return TmdbOptions.IsLanguage(preferred) ? preferred! : options.Value.Language;
    }
}
