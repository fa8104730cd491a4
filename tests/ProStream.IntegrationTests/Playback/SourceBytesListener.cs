using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ProStream.Server.Playback;

namespace ProStream.IntegrationTests.Playback;

/// <summary>
/// Sums <c>prostream.playback.source.bytes</c> of one app (its own meter factory, so apps of tests
/// running in parallel do not count): the bytes ProStream itself read from sources.
/// </summary>
public sealed class SourceBytesListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _bytes;

    public SourceBytesListener(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == PlaybackMetrics.MeterName
                && instrument.Name == "prostream.playback.source.bytes")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _bytes, value));
        _listener.Start();
    }

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Dispose() => _listener.Dispose();
}
