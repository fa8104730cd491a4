namespace ProStream.IntegrationTests.Playback;

/// <summary>Finds running processes whose command line mentions a directory (Linux /proc).</summary>
public static class FfmpegProcesses
{
    public static int[] Under(string directory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(entry, "cmdline"));
                if (cmdline.StartsWith("ffmpeg", StringComparison.Ordinal) || cmdline.Contains("/ffmpeg\0", StringComparison.Ordinal))
                {
                    if (cmdline.Contains(directory, StringComparison.Ordinal))
                    {
                        found.Add(pid);
                    }
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return [.. found];
    }

    /// <summary>Waits (bounded) for a condition that follows an asynchronous cleanup.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
