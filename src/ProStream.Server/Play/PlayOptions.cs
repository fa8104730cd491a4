namespace ProStream.Server.Play;

/// <summary>Settings under <c>Play:</c> for <c>POST /api/play</c>.</summary>
public sealed class PlayOptions
{
    public const string Section = "Play";

    /// <summary>How many releases are tried, best first, before giving up.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long one release may take to become ready on AllDebrid before the next one is tried.
    /// A cached release is ready at upload and costs no wait at all.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(20);

    internal static bool IsValid(PlayOptions o) =>
        o.MaxAttempts is >= 1 and <= 10 && o.ReadyTimeout >= TimeSpan.Zero && o.ReadyTimeout <= TimeSpan.FromMinutes(5);
}
