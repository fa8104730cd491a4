namespace ProStream.Server.Releases.Parsing;

/// <summary>The values of <see cref="ReleaseQuality.Source"/>.</summary>
public static class ReleaseSource
{
    public const string Cam = "CAM";
    public const string Telesync = "TS";
    public const string Telecine = "TC";
    public const string Screener = "SCR";
    public const string Dvd = "DVD";
    public const string Hdtv = "HDTV";
    public const string WebRip = "WEBRip";
    public const string WebDl = "WEB-DL";
    public const string BluRay = "BluRay";
    public const string Remux = "Remux";
    public const string DiscImage = "DiscImage";

    /// <summary>Sources recorded in a cinema or pre-release copies: never worth watching.</summary>
    public static bool IsLowQuality(string? source) =>
        source is Cam or Telesync or Telecine or Screener;
}
