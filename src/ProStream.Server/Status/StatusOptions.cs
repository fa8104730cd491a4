namespace ProStream.Server.Status;

/// <summary>Settings under <c>Status:</c>.</summary>
public sealed class StatusOptions
{
    public const string Section = "Status";

    /// <summary>Longest wait for one service's answer on the admin status page.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
