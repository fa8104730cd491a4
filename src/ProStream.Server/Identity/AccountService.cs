using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Identity.Invitations;

namespace ProStream.Server.Identity;

/// <summary>Registration, sign-in and password changes.</summary>
internal sealed class AccountService(
    ProStreamDbContext db,
    IPasswordHasher<User> hasher,
    RegistrationSettings registration,
    InvitationService invitations,
    IdentityMetrics metrics,
    TimeProvider time)
{
    private static readonly User TimingDummy = new() { Email = "", NormalizedEmail = "", DisplayName = "" };
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(TimingDummy, "not-a-password"));

    public async Task<User> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        var isFirst = !await db.Users.AnyAsync(ct);
        var invited = !isFirst && !string.IsNullOrWhiteSpace(request.Invitation);
        if (!isFirst && !invited && !await registration.IsOpenAsync(ct))
        {
            throw ProblemException.Forbidden("Registration is closed on this server; ask its admin for an invitation link.");
        }

        var email = request.Email.Trim();
        var user = new User
        {
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = request.DisplayName.Trim(),
            Role = isFirst ? Roles.Admin : Roles.User,
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail, ct))
        {
            throw DuplicateEmail();
        }

        // One transaction: a sign-up that fails (same email raced in) does not use up the invitation.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (invited)
        {
            user.Role = await invitations.RedeemAsync(request.Invitation!.Trim(), user.Id, ct);
        }

        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent registration of the same email: the unique index decided.
            throw DuplicateEmail();
        }

        return user;
    }

    /// <summary>The account whose email and password these are (401 otherwise).</summary>
    public async Task<User> LoginAsync(LoginRequest request, CancellationToken ct)
    {
        var normalized = request.Email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            // Same work as a real check, so response time does not reveal which emails exist.
            hasher.VerifyHashedPassword(TimingDummy, DummyHash.Value, request.Password);
            metrics.Login(succeeded: false);
            throw InvalidCredentials();
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password);
        metrics.Login(succeeded: result != PasswordVerificationResult.Failed);
        if (result == PasswordVerificationResult.Failed)
        {
            throw InvalidCredentials();
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password);
            await db.SaveChangesAsync(ct);
        }

        return user;
    }

    /// <summary>Sets a new password and security stamp: every earlier access token and sign-in stops working.</summary>
    public async Task<User> ChangePasswordAsync(Guid userId, ChangePasswordRequest request, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw ProblemException.NotFound("Your account no longer exists.");
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "Wrong password", "The current password is not correct.");
        }

        user.PasswordHash = hasher.HashPassword(user, request.NewPassword);
        user.SecurityStamp = User.NewStamp();
        await db.SaveChangesAsync(ct);
        return user;
    }

    private static ProblemException DuplicateEmail() => ProblemException.Conflict("An account with this email already exists.");

    private static ProblemException InvalidCredentials() =>
        new(StatusCodes.Status401Unauthorized, "Invalid credentials", "The email or the password is not correct.");
}
