namespace ProStream.Server.Releases.Parsing;

internal enum TagKind
{
    Resolution,
    Source,
    Service,
    DiscImage,
    Codec,
    Hdr,
    BitDepth,
    Audio,
    Atmos,
    Channels,
    Language,
    Subtitle,
    SubtitleMarker,
    Multi,
    Edition,
    Proper,
    Repack,
    ThreeD,
    Flag,
}

/// <summary>What a word (or a few words) of a release name means. <see cref="Strong"/> tags never appear in a
/// title, so the first one ends it; <see cref="UpperOnly"/> words count only when written in capitals ("FR", "EN":
/// "Fr" or "en" are more likely words of an episode title).</summary>
internal readonly record struct ReleaseTag(TagKind Kind, string Value, bool Strong = false, bool UpperOnly = false);

/// <summary>A tag found in a name: tokens [<see cref="First"/>, <see cref="First"/> + <see cref="Count"/>).</summary>
internal readonly record struct TagMatch(int First, int Count, ReleaseTag Tag, int Start, int End);
