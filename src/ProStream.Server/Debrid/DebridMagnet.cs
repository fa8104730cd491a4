namespace ProStream.Server.Debrid;

public enum DebridMagnetStatus
{
    Processing,
    Ready,
    Error,
}

/// <summary>A file of a ready magnet; <see cref="Link"/> is an AllDebrid link to give to unlock.</summary>
public sealed record DebridFile(string Path, long Size, string Link);

/// <summary>A torrent on AllDebrid. <see cref="Files"/> is known once it is ready.</summary>
public sealed record DebridMagnet(
    long Id,
    string Hash,
    string Name,
    long? Size,
    DebridMagnetStatus Status,
    string? StatusMessage,
    IReadOnlyList<DebridFile>? Files)
{
    public bool Ready => Status == DebridMagnetStatus.Ready;

    /// <summary>AllDebrid's statusCode: 0–3 processing, 4 ready, 5 and above an error.</summary>
    public static DebridMagnetStatus FromStatusCode(int code) => code switch
    {
        < 4 => DebridMagnetStatus.Processing,
        4 => DebridMagnetStatus.Ready,
        _ => DebridMagnetStatus.Error,
    };
}

/// <summary>A direct HTTPS URL for a file, ready for ffmpeg.</summary>
public sealed record UnlockedLink(Uri Url, string FileName, long Size);
