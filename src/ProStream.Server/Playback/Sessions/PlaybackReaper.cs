using Microsoft.Extensions.Options;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Removes what a crashed server left, then ends idle sessions on a timer.</summary>
public sealed partial class PlaybackReaper(
    PlaybackSessionRegistry registry,
    PlaybackWorkDirectory workDirectory,
    IOptions<PlaybackOptions> options,
    TimeProvider time,
    ILogger<PlaybackReaper> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the server accepts requests, so no new session can be mistaken for a leftover.
        workDirectory.RemoveLeftovers();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await registry.DisposeAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReapInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await registry.ReapIdleAsync();
                }
                catch (Exception e) when (e is IOException or InvalidOperationException)
                {
                    LogReapFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reaping idle playback sessions failed")]
    private static partial void LogReapFailed(ILogger logger, Exception exception);
}
