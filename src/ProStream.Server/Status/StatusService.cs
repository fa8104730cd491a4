using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Status;

/// <summary>The last failure each service showed a status check (kept in memory since start).</summary>
internal sealed class LastErrors
{
    private readonly ConcurrentDictionary<string, (string Message, DateTimeOffset At)> _byService = new();

    public void Record(string service, string message, DateTimeOffset at) => _byService[service] = (message, at);

    public (string? Message, DateTimeOffset? At) For(string service) =>
        _byService.TryGetValue(service, out var last) ? (last.Message, last.At) : (null, null);
}

/// <summary>Checks every service at once, each under its own deadline.</summary>
internal sealed class StatusService(IEnumerable<IServiceProbe> probes, LastErrors lastErrors, IOptions<StatusOptions> options, TimeProvider time)
{
    public async Task<AdminStatusDto> CheckAsync(CancellationToken ct)
    {
        var services = await Task.WhenAll(probes.Select(p => CheckAsync(p, ct)));
        return new AdminStatusDto(time.GetUtcNow(), services);
    }

    private async Task<ServiceStatusDto> CheckAsync(IServiceProbe probe, CancellationToken ct)
    {
        if (!probe.Configured)
        {
            return new ServiceStatusDto(probe.Name, false, null, null, probe.SetUp, null, null);
        }

        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(options.Value.ProbeTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        ProbeResult result;
        try
        {
            result = await probe.ProbeAsync(linked.Token).WaitAsync(options.Value.ProbeTimeout, time, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && Describe(e) is { } failure)
        {
            result = new ProbeResult(false, failure);
        }

        var latency = time.GetElapsedTime(started).TotalMilliseconds;
        if (!result.Reachable)
        {
            lastErrors.Record(probe.Name, result.Detail, time.GetUtcNow());
        }

        var (lastError, lastErrorAt) = lastErrors.For(probe.Name);
        return new ServiceStatusDto(probe.Name, true, result.Reachable, Math.Round(latency, 1), result.Detail, lastError, lastErrorAt, result.PremiumUntil);
    }

    // Upstream errors are written to be shown (no keys, no URLs); anything else is named, not quoted.
    private string? Describe(Exception e) => e switch
    {
        ProblemException problem => problem.Message,
        OperationCanceledException or TimeoutException => $"No answer within {options.Value.ProbeTimeout.TotalSeconds:0.#} s.",
        HttpRequestException => "Could not be reached.",
        _ => $"The check failed ({e.GetType().Name}).",
    };
}
