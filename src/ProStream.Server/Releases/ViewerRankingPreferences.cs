using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Identity;
using ProStream.Server.Releases.Ranking;

namespace ProStream.Server.Releases;

/// <summary>Builds the ranker's preferences for one request: the viewer's saved preferences, what their
/// player decodes, and the title's original language when known.</summary>
public sealed class ViewerRankingPreferences(ProStreamDbContext db)
{
    /// <summary>What a player decodes when it does not say: Chromium plays H.264 and AAC, not HEVC. The same set as
    /// <c>POST /api/playback/sessions</c> assumes: <c>POST /api/play</c> hands it to the session, and without "aac"
    /// every AAC track was re-encoded (measured in the benchmark: +0.5 s to the first segment).</summary>
    public static readonly IReadOnlySet<string> DefaultClientCodecs = Playback.Planning.RenditionPlanner.DefaultClientCodecs;

    private const int MaxCodecs = 16;
    private const int MaxCodecLength = 16;

    public async Task<RankingPreferences> ForAsync(Guid userId, IReadOnlySet<string> clientCodecs, string? originalLanguage, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        return From(user?.Preferences, clientCodecs, originalLanguage);
    }

    public static RankingPreferences From(UserPreferences? saved, IReadOnlySet<string> clientCodecs, string? originalLanguage) => new()
    {
        AudioLanguages = [.. (saved?.AudioLanguages ?? []).Select(Iso6391).Where(c => c.Length > 0).Distinct()],
        MaxResolution = saved?.MaxResolution,
        ClientVideoCodecs = clientCodecs,
        OriginalLanguage = string.IsNullOrWhiteSpace(originalLanguage) ? null : Iso6391(originalLanguage),
    };

    /// <summary>Client codecs from a query or a body: repeated values or comma-separated, lower-cased; the default when none.</summary>
    public static IReadOnlySet<string> ParseClientCodecs(IEnumerable<string?>? values)
    {
        var codecs = (values ?? [])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToLowerInvariant())
            .Where(c => c.Length <= MaxCodecLength)
            .Take(MaxCodecs)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return codecs.Count > 0 ? codecs : DefaultClientCodecs;
    }

    /// <summary>"fr-FR" → "fr".</summary>
    private static string Iso6391(string code) => code.Split('-', 2)[0].Trim().ToLowerInvariant();
}
