using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>The in-process probe: a <see cref="MediaProbe"/> from container headers, or null to let ffprobe answer.</summary>
public static partial class HeaderProber
{
    public static async Task<MediaProbe?> TryProbeAsync(SourceFeed feed, ILogger logger, CancellationToken cancellationToken)
    {
        if (feed.Container != MediaContainer.Matroska)
        {
            return null;
        }

        try
        {
            var probe = await MatroskaProbe.ProbeAsync(feed.RangeReader(), feed.Length, cancellationToken);
            if (probe is null)
            {
                LogFallback(logger, "a track or layout the header reader does not describe");
            }

            return probe;
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            LogFallback(logger, e.Message);
            return null;
        }
    }

    /// <summary>What malformed headers can throw: each leaves the source to ffprobe, which refuses it or not.</summary>
    internal static bool IsParseFailure(Exception e) =>
        e is KeyframeIndexException or MediaProbeException or FormatException or OverflowException or ArgumentException
            or IndexOutOfRangeException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Probing with ffprobe: {Reason}")]
    private static partial void LogFallback(ILogger logger, string reason);
}
