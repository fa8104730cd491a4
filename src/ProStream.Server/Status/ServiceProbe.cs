namespace ProStream.Server.Status;

/// <summary>What one check of a service found: reachable, a sentence, and for AllDebrid the premium end.</summary>
internal sealed record ProbeResult(bool Reachable, string Detail, DateTimeOffset? PremiumUntil = null);

/// <summary>One service the status page checks.</summary>
internal interface IServiceProbe
{
    string Name { get; }

    bool Configured { get; }

    /// <summary>How to set it up, shown when <see cref="Configured"/> is false.</summary>
    string SetUp { get; }

    Task<ProbeResult> ProbeAsync(CancellationToken ct);
}
