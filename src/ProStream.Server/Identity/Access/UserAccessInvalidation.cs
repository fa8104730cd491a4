using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProStream.Server.Identity.Access;

/// <summary>
/// Evicts users from <see cref="UserAccessCache"/> once a change to them is saved — whatever code
/// path saved it (password, role, deletion, preferences), so none can forget. Inside an explicit
/// transaction the eviction is repeated at commit, when the new row becomes visible to readers.
/// </summary>
public sealed class UserAccessInvalidation(UserAccessCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _saving = new();
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _uncommitted = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted or EntityState.Added)
            .Select(UserIdOf)
            .OfType<Guid>()
            .ToHashSet();
        if (changed.Count > 0)
        {
            _saving.AddOrUpdate(context, changed);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var ids))
        {
            return;
        }

        _saving.Remove(context);
        cache.Evict(ids);
        if (context.Database.CurrentTransaction is not null)
        {
            _uncommitted.GetOrCreateValue(context).UnionWith(ids);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _uncommitted.TryGetValue(context, out var ids))
        {
            _uncommitted.Remove(context);
            cache.Evict(ids);
        }
    }

    /// <summary>The user a changed row belongs to: a user, or an entity owned by one (their preferences).</summary>
    private static Guid? UserIdOf(EntityEntry entry)
    {
        if (entry.Entity is User user)
        {
            return user.Id;
        }

        var ownership = entry.Metadata.FindOwnership();
        if (ownership?.PrincipalEntityType.ClrType != typeof(User))
        {
            return null;
        }

        return entry.Property(ownership.Properties[0].Name).CurrentValue as Guid?;
    }
}
