namespace ProStream.Server.Releases.Parsing;

/// <summary>Pieces shared by the release-name regexes. A token is bounded by anything that is not a
/// letter or a digit, so '.', ' ', '_', '-', brackets and parentheses all separate tokens.</summary>
internal static class TokenPattern
{
    public const string Start = @"(?<![\p{L}\p{N}])";
    public const string End = @"(?![\p{L}\p{N}])";
    public const string Sep = @"[ ._-]?";
    public const int TimeoutMs = 200;
}
