namespace ProStream.Server.Releases.Parsing;

/// <summary>Pieces shared by the release-name regexes. A token is bounded by anything that is not a
/// letter or a digit, so '.', ' ', '_', '-', brackets and parentheses all separate tokens.
/// The patterns built from them have no nested or overlapping quantifiers, so matching stays linear in the
/// name's length and needs no timeout (a timeout would fire on a busy machine and turn a good name into junk).</summary>
internal static class TokenPattern
{
    public const string Start = @"(?<![\p{L}\p{N}])";
    public const string End = @"(?![\p{L}\p{N}])";
    public const string Sep = @"[ ._-]?";
}
