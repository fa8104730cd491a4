using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ProStream.Server.Data;
using ProStream.Server.Identity.Access;

namespace ProStream.Server.Identity;

/// <summary>
/// Demotes or deletes an account in one conditional statement that also counts the other admins,
/// inside a serializable transaction: two admins demoting each other at once cannot both succeed
/// (SQLite takes the write lock up front; PostgreSQL aborts one with a serialization failure, retried here).
/// </summary>
internal sealed class AdminSafeUpdates(ProStreamDbContext db, UserAccessCache access)
{
    private const int Attempts = 5;

    /// <summary>False when <paramref name="id"/> is the last admin (nothing changed).</summary>
    public Task<bool> SetRoleAsync(Guid id, string role, CancellationToken ct) =>
        RunAsync(
            id, () => Target(id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Role, role), ct), ct);

    /// <summary>False when <paramref name="id"/> is the last admin (nothing deleted).</summary>
    public Task<bool> DeleteAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => Target(id).ExecuteDeleteAsync(ct), ct);

    // The row, unless it is an admin and no other admin exists.
    private IQueryable<User> Target(Guid id) =>
        db.Users.Where(u => u.Id == id && (u.Role != Roles.Admin || db.Users.Any(o => o.Role == Roles.Admin && o.Id != id)));

    private async Task<bool> RunAsync(Guid id, Func<Task<int>> statement, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
                var changed = await statement();
                await transaction.CommitAsync(ct);
                // ExecuteUpdate/ExecuteDelete bypass the change tracker: the cached access is evicted here.
                access.Evict([id]);
                return changed == 1;
            }
            catch (Exception e) when (attempt < Attempts && IsSerializationFailure(e))
            {
                // Another admin change committed first; the retry sees it.
            }
        }
    }

    private static bool IsSerializationFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40001" or "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
