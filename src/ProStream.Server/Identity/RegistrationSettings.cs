using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProStream.Server.Data;

namespace ProStream.Server.Identity;

/// <summary>Open registration: the admin's choice when made, else <c>Auth:AllowRegistration</c>.</summary>
internal sealed class RegistrationSettings(ProStreamDbContext db, IOptions<AuthOptions> options)
{
    private const string Key = "auth.allowRegistration";

    public async Task<bool> IsOpenAsync(CancellationToken ct)
    {
        var stored = await db.Settings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).SingleOrDefaultAsync(ct);
        return stored is null ? options.Value.AllowRegistration : bool.Parse(stored);
    }

    public async Task SetOpenAsync(bool open, CancellationToken ct)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == Key, ct);
        if (setting is null)
        {
            db.Settings.Add(new AppSetting { Key = Key, Value = open.ToString() });
        }
        else
        {
            setting.Value = open.ToString();
        }

        await db.SaveChangesAsync(ct);
    }
}
