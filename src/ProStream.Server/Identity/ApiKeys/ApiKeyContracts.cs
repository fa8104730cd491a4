using System.ComponentModel.DataAnnotations;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>POST /api/me/api-keys: a name that says what the key is for.</summary>
public sealed record CreateApiKeyRequest(
    [property: Required, StringLength(ApiKeySecrets.MaxNameLength, MinimumLength = 1)] string Name);

public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiKeyDto From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt);
}

/// <summary>The created key with its secret: the only time the secret is shown.</summary>
public sealed record CreatedApiKeyDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, string Key);

/// <summary>A key as an admin sees it: whose it is, never its secret.</summary>
public sealed record AdminApiKeyDto(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, Guid UserId, string UserEmail, string UserDisplayName);
