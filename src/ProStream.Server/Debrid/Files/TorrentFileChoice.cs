namespace ProStream.Server.Debrid.Files;

/// <summary>The file to play, or why there is none (<see cref="FailureCode"/>, see <see cref="TorrentFileChoiceFailures"/>).</summary>
public sealed record TorrentFileChoice
{
    private TorrentFileChoice(TorrentFileEntry? file, string? failureCode, string reason)
    {
        File = file;
        FailureCode = failureCode;
        Reason = reason;
    }

    public TorrentFileEntry? File { get; }

    public string? FailureCode { get; }

    /// <summary>For people and logs: why this file, or why none.</summary>
    public string Reason { get; }

    public bool IsChosen => File is not null;

    public static TorrentFileChoice Chosen(TorrentFileEntry file, string reason) => new(file, null, reason);

    public static TorrentFileChoice None(string failureCode, string reason) => new(null, failureCode, reason);
}

public static class TorrentFileChoiceFailures
{
    public const string NoFiles = "no-files";
    public const string NoPlayableFile = "no-playable-file";
    public const string ArchiveOnly = "archive-only";
    public const string EpisodeNotFound = "episode-not-found";
}
