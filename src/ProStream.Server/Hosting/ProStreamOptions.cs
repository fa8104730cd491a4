namespace ProStream.Server.Hosting;

/// <summary>Settings under <c>ProStream:</c> shared by every feature.</summary>
public sealed class ProStreamOptions
{
    public const string Section = "ProStream";

    /// <summary>Holds the SQLite file, the generated signing key and the HLS work directory.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>Owner only: the directory holds the database and the signing key.</summary>
    public const UnixFileMode DataDirMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The data directory as an absolute path, created on first use, readable by its owner only.</summary>
    public string ResolveDataDir()
    {
        var path = Path.GetFullPath(DataDir);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return path;
        }

        var directory = Directory.CreateDirectory(path, DataDirMode);
        if ((directory.UnixFileMode & ~DataDirMode) != 0)
        {
            // Created earlier (an image's volume, an older version): tightened, as the files inside are secrets.
            directory.UnixFileMode = DataDirMode;
        }

        return path;
    }
}
