using System.Runtime.InteropServices;

namespace ProStream.Server.Playback.Sessions;

/// <summary>Suspends and resumes a process (SIGSTOP/SIGCONT) to throttle ffmpeg without losing its source connection.</summary>
internal static partial class PosixSignals
{
    private const int SigCont = 18;
    private const int SigStop = 19;

    public static bool Supported => OperatingSystem.IsLinux();

    public static bool Stop(int pid) => Supported && Kill(pid, SigStop) == 0;

    public static bool Continue(int pid) => Supported && Kill(pid, SigCont) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe blocks, which the build does not allow; kill(2) takes two ints.
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
