using System.Diagnostics.Metrics;

namespace ProStream.Server.Identity;

/// <summary>Meter <c>ProStream.Identity</c>: sign-in outcomes, so brute force shows on a dashboard.</summary>
internal sealed class IdentityMetrics
{
    public const string MeterName = "ProStream.Identity";

    private readonly Counter<long> _logins;

    public IdentityMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _logins = meter.CreateCounter<long>("prostream.auth.logins", unit: "{login}", description: "Sign-in attempts by outcome.");
    }

    public void Login(bool succeeded) => _logins.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));
}
