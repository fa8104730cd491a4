using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>Users create, list and revoke their keys; admins list and revoke everyone's; requests find theirs by hash.</summary>
internal sealed partial class ApiKeyService(ProStreamDbContext db, IOptions<AuthOptions> options, TimeProvider time, ILogger<ApiKeyService> logger)
{
    public async Task<CreatedApiKeyDto> CreateAsync(Guid userId, CreateApiKeyRequest request, CancellationToken ct)
    {
        var limit = options.Value.MaxApiKeysPerUser;
        if (await db.ApiKeys.CountAsync(k => k.UserId == userId, ct) >= limit)
        {
            throw ProblemException.Conflict($"You already have {limit} API keys; revoke one you no longer use first.");
        }

        var secret = ApiKeySecrets.New();
        var key = new ApiKey
        {
            UserId = userId,
            Name = request.Name.Trim(),
            Hash = ApiKeySecrets.Hash(secret),
            Prefix = ApiKeySecrets.Prefix(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKeyDto(key.Id, key.Name, key.Prefix, key.CreatedAt, secret);
    }

    public async Task<List<ApiKeyDto>> ListAsync(Guid userId, CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).ToListAsync(ct);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(ApiKeyDto.From)];
    }

    public async Task<List<AdminApiKeyDto>> ListAllAsync(CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking()
            .Join(db.Users, k => k.UserId, u => u.Id, (k, u) => new { Key = k, u.Email, u.DisplayName })
            .ToListAsync(ct);
        return
        [
            .. keys.OrderByDescending(k => k.Key.CreatedAt).Select(k => new AdminApiKeyDto(
                k.Key.Id, k.Key.Name, k.Key.Prefix, k.Key.CreatedAt, k.Key.LastUsedAt, k.Key.UserId, k.Email, k.DisplayName)),
        ];
    }

    /// <summary>Revokes the key if it is <paramref name="ownerId"/>'s (any user's when null); someone else's key is "not found".</summary>
    public async Task RevokeAsync(Guid id, Guid? ownerId, CancellationToken ct)
    {
        var deleted = await db.ApiKeys.Where(k => k.Id == id && (ownerId == null || k.UserId == ownerId)).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            throw ProblemException.NotFound($"No API key has id {id}.");
        }
    }

    /// <summary>The key presented with a request, or null when no key has this secret (never made, or revoked).</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken ct)
    {
        var hash = ApiKeySecrets.Hash(secret);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, ct);
        if (key is not null)
        {
            await RecordUseAsync(key, ct);
        }

        return key;
    }

    // A conditional update, so that instances racing on one key write it once per interval at most.
    private async Task RecordUseAsync(ApiKey key, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!ApiKeyUsage.IsDue(key.LastUsedAt, now))
        {
            return;
        }

        var dueBefore = ApiKeyUsage.DueBefore(now);
        try
        {
            await db.ApiKeys
                .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= dueBefore))
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), ct);
        }
        catch (DbException e)
        {
            // The request goes on: "last used" is informative, and the next request retries.
            LogUsageNotRecorded(logger, key.Id, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the use of API key {KeyId}: {Reason}")]
    private static partial void LogUsageNotRecorded(ILogger logger, Guid keyId, string reason);
}
