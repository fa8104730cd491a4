using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Identity;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Releases;

/// <summary>Builds the ranker's preferences for one request: the viewer's saved preferences, what their
/// player decodes, and the title's original language when known.</summary>
public sealed class ViewerRankingPreferences(ProStreamDbContext db)
{
    public async Task<RankingPreferences> ForAsync(Guid userId, ClientProfile client, string? originalLanguage, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        return From(user?.Preferences, client, originalLanguage);
    }

    public static RankingPreferences From(UserPreferences? saved, ClientProfile client, string? originalLanguage) => new()
    {
        AudioLanguages = [.. (saved?.AudioLanguages ?? []).Select(Iso6391).Where(c => c.Length > 0).Distinct()],
        MaxResolution = saved?.MaxResolution,
        Client = client,
        OriginalLanguage = string.IsNullOrWhiteSpace(originalLanguage) ? null : Iso6391(originalLanguage),
    };

    /// <summary>"fr-FR" → "fr".</summary>
    private static string Iso6391(string code) => code.Split('-', 2)[0].Trim().ToLowerInvariant();
}
