namespace ProStream.Server.Identity.RefreshTokens;

/// <summary>An account demoted, promoted or deleted loses every sign-in at once (deletion also cascades).</summary>
internal sealed class RefreshTokenRevoker(IServiceScopeFactory scopes) : IUserAccessEnder
{
    public async Task EndAllAsync(Guid userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RefreshTokenService>().RevokeUserAsync(userId, ct);
    }
}
