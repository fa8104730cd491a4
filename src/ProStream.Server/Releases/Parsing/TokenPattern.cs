namespace ProStream.Server.Releases.Parsing;

/// <summary>Pieces shared by the release-name regexes. A token is bounded by anything that is not a
/// letter or a digit, so '.', ' ', '_', '-', brackets and parentheses all separate tokens.</summary>
internal static class TokenPattern
{
    public const string Start = @"(?<![\p{L}\p{N}])";
    public const string End = @"(?![\p{L}\p{N}])";
    public const string Sep = @"[ ._-]?";
    // Guards against pathological input from indexers, not a budget for normal names (microseconds):
    // generous enough that a busy machine or a GC pause never turns a good name into "unparsed".
    public const int TimeoutMs = 1000;
}
