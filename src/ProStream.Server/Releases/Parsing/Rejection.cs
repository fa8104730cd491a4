namespace ProStream.Server.Releases.Parsing;

/// <summary>Why a release is not worth offering. <see cref="Code"/> is stable (see <see cref="RejectionCodes"/>);
/// <see cref="Reason"/> is for people.</summary>
public sealed record Rejection(string Code, string Reason);

public static class RejectionCodes
{
    public const string LowQuality = "low-quality";
    public const string Sample = "sample";
    public const string DiscImage = "disc-image";
    public const string Archive = "archive";
    public const string ThreeD = "3d";
    public const string WrongYear = "wrong-year";
    public const string WrongTitle = "wrong-title";
    public const string WrongEpisode = "wrong-episode";
}
