using System.Globalization;
using Microsoft.Extensions.Options;
using ProStream.Server.Hosting;

namespace ProStream.Server.Playback.Sessions;

/// <summary>
/// The HLS work directory: one sub-directory per session, each with a pid file while ffmpeg runs. With Redis
/// (several instances, maybe one volume) each instance has its own <c>&lt;instance id&gt;/</c> below it, so its
/// start-up clean-up never touches what another instance runs.
/// </summary>
public sealed partial class PlaybackWorkDirectory(
    IOptions<PlaybackOptions> playback, IOptions<ProStreamOptions> proStream, Cluster.SessionCluster cluster, ILogger<PlaybackWorkDirectory> logger)
{
    public const string PidFileName = "ffmpeg.pid";

    private readonly Lazy<string> _root = new(() =>
    {
        var configured = playback.Value.WorkDir;
        var root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(proStream.Value.ResolveDataDir(), "hls")
            : configured);
        root = cluster.Enabled ? Contained(root, cluster.InstanceId) : root;
        Directory.CreateDirectory(root);
        return root;
    });

    public string Root => _root.Value;

    /// <summary>The directory of a session; the full path must start with the root plus a separator.</summary>
    public string SessionPath(Guid sessionId) => Contained(Root, sessionId.ToString("N"));

    public static string Contained(string root, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Path escapes its root.");
        }

        return path;
    }

    /// <summary>At start: kills ffmpeg processes left by a previous (crashed) server and removes every session directory.</summary>
    public void RemoveLeftovers()
    {
        foreach (var directory in Directory.EnumerateDirectories(Root))
        {
            KillRecordedProcess(directory);
            DeleteDirectory(directory);
            LogLeftoverRemoved(logger, directory);
        }
    }

    public static void WritePidFile(string sessionDirectory, int pid) =>
        File.WriteAllText(Path.Combine(sessionDirectory, PidFileName), pid.ToString(CultureInfo.InvariantCulture));

    public void DeleteDirectory(string directory)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 2)
            {
                // A file was being created while deleting (the process has just been killed): try again.
            }
            catch (IOException e)
            {
                LogDeleteFailed(logger, e, directory);
            }
        }
    }

    private void KillRecordedProcess(string directory)
    {
        var pidFile = Path.Combine(directory, PidFileName);
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }

        // Only kill the pid if it is still an ffmpeg writing into this directory: pids get reused.
        var cmdline = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "cmdline");
        try
        {
            if (!File.Exists(cmdline) || !File.ReadAllText(cmdline).Contains(directory, StringComparison.Ordinal))
            {
                return;
            }

            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            LogLeftoverKilled(logger, pid, directory);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The process is gone or not ours.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Killed leftover ffmpeg {Pid} of {Directory}")]
    private static partial void LogLeftoverKilled(ILogger logger, int pid, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed leftover session directory {Directory}")]
    private static partial void LogLeftoverRemoved(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete {Directory}")]
    private static partial void LogDeleteFailed(ILogger logger, Exception exception, string directory);
}
