namespace ProStream.Server.Identity.ApiKeys;

/// <summary>
/// When a request made with a key records it as last used: at most once per <see cref="Precision"/>
/// per key, so a script's every request does not write to the database.
/// </summary>
public static class ApiKeyUsage
{
    public static readonly TimeSpan Precision = TimeSpan.FromMinutes(1);

    public static bool IsDue(DateTimeOffset? lastUsedAt, DateTimeOffset now) => lastUsedAt is not { } last || now - last >= Precision;

    /// <summary>Rows last used at or before this are due (the same rule, as a database condition).</summary>
    public static DateTimeOffset DueBefore(DateTimeOffset now) => now - Precision;
}
