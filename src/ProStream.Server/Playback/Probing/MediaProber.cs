using System.Diagnostics;
using Microsoft.Extensions.Options;
using ProStream.Server.Playback.Ffmpeg;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Playback.Probing;

/// <summary>Runs ffprobe once on a session's source relay URL, with the demuxer the sniffed container needs.</summary>
public sealed partial class MediaProber(IOptions<PlaybackOptions> options, ILogger<MediaProber> logger)
{
    public async Task<MediaProbe> ProbeAsync(Uri relayUrl, string demuxer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var start = new ProcessStartInfo(settings.FfprobePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[
            "-v", "error", .. FfmpegArgumentBuilder.RelayInput(relayUrl, demuxer),
            "-print_format", "json", "-show_format", "-show_streams", "-i", relayUrl.AbsoluteUri])
        {
            start.ArgumentList.Add(arg);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ProbeTimeout);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffprobe did not start.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var json = await output;
            var stderr = await errors;
            if (process.ExitCode != 0)
            {
                LogProbeFailed(logger, process.ExitCode, stderr.Trim());
                throw NotMedia("The source is not a media file ffprobe can read.");
            }

            return FfprobeOutputParser.Parse(json);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlaybackFailedException(PlaybackFailure.FromSource(SourceFailureKind.Timeout, "Probing the source took too long."));
        }
        catch (MediaProbeException e)
        {
            throw NotMedia(e.Message);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static PlaybackFailedException NotMedia(string detail) => new(PlaybackFailure.FromSource(SourceFailureKind.NotMedia, detail));

    [LoggerMessage(Level = LogLevel.Information, Message = "ffprobe exited with {ExitCode}: {Error}")]
    private static partial void LogProbeFailed(ILogger logger, int exitCode, string error);
}
