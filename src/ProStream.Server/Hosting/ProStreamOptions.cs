namespace ProStream.Server.Hosting;

/// <summary>Settings under <c>ProStream:</c> shared by every feature.</summary>
public sealed class ProStreamOptions
{
    public const string Section = "ProStream";

    /// <summary>Holds the SQLite file, the generated signing key and the HLS work directory.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>The data directory as an absolute path, created on first use.</summary>
    public string ResolveDataDir()
    {
        var path = Path.GetFullPath(DataDir);
        Directory.CreateDirectory(path);
        return path;
    }
}
