using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid;

/// <summary>Who added which magnet: another user's magnet is not found, whatever its id.</summary>
internal sealed class MagnetOwnership(ProStreamDbContext db, TimeProvider time)
{
    public async Task RecordAsync(Guid userId, long magnetId, CancellationToken ct)
    {
        if (await IsOwnedAsync(userId, magnetId, ct))
        {
            return;
        }

        db.OwnedMagnets.Add(new OwnedMagnet { UserId = userId, MagnetId = magnetId, AddedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same user added the same magnet twice at once: one row is enough.
            db.ChangeTracker.Clear();
            if (!await IsOwnedAsync(userId, magnetId, ct))
            {
                throw;
            }
        }
    }

    public async Task EnsureOwnedAsync(Guid userId, long magnetId, CancellationToken ct)
    {
        if (!await IsOwnedAsync(userId, magnetId, ct))
        {
            throw ProblemException.NotFound($"You have no magnet with id {magnetId}.");
        }
    }

    private Task<bool> IsOwnedAsync(Guid userId, long magnetId, CancellationToken ct) =>
        db.OwnedMagnets.AnyAsync(m => m.UserId == userId && m.MagnetId == magnetId, ct);
}
