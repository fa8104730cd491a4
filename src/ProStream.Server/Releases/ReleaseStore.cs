using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Hybrid;

namespace ProStream.Server.Releases;

/// <summary>
/// Remembers what each opaque release id stands for, so that a client can later ask for a
/// release by id without ever seeing (or sending back) Prowlarr's URLs.
/// </summary>
public sealed class ReleaseStore(HybridCache cache)
{
    /// <summary>How long a release id stays usable after the search that produced it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    private static readonly HybridCacheEntryOptions Remember = new() { Expiration = Lifetime, LocalCacheExpiration = Lifetime };

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>A fresh id: 128 random bits, URL-safe; not derived from anything a client could guess.</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public async Task RememberAsync(IEnumerable<Release> releases, CancellationToken cancellationToken)
    {
        foreach (var release in releases)
        {
            await cache.SetAsync(Key(release.Id), release, Remember, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The release an id stands for, or null when unknown or expired.</summary>
    public async Task<Release?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64)
        {
            return null;
        }

        return await cache.GetOrCreateAsync<Release?>(Key(id), _ => ValueTask.FromResult<Release?>(null), ReadOnly, cancellationToken: cancellationToken);
    }

    private static string Key(string id) => $"releases:id:{id}";
}
