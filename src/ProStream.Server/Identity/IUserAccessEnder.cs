namespace ProStream.Server.Identity;

/// <summary>
/// What keeps serving an account outside token validation (playback sessions, whose file URLs carry
/// their own token): ended at once when the account is deleted or demoted.
/// </summary>
public interface IUserAccessEnder
{
    Task EndAllAsync(Guid userId, CancellationToken ct);
}
