using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.Parsing;

/// <summary>A flat, comparable view of a <see cref="ParsedRelease"/>: lists are comma-joined so that record
/// equality compares every field and a failure prints the whole parse.</summary>
internal sealed record ExpectedRelease(
    string Title, int? Year,
    int? Resolution, string? Source, string? Codec, string Hdr, int? BitDepth, string Audio,
    string Languages, bool Multi, string Subtitles,
    int? Season, string Seasons, string Episodes,
    bool Proper, bool Repack, string? Group,
    bool Sample, bool ThreeD, bool Disc, bool Archive)
{
    public static ExpectedRelease From(ParsedRelease p) => new(
        p.Title, p.Year,
        p.Quality.Resolution, p.Quality.Source, p.Quality.VideoCodec, string.Join(',', p.Quality.Hdr), p.Quality.BitDepth, string.Join(',', p.Quality.Audio),
        string.Join(',', p.Languages), p.Multi, string.Join(',', p.Subtitles),
        p.Season, string.Join(',', p.Seasons), string.Join(',', p.Episodes),
        p.Proper, p.Repack, p.Group,
        p.IsSample, p.Is3D, p.IsDiscImage, p.IsArchive);
}

/// <summary>One row of the release-name table. Every field not given is expected empty/null/false.</summary>
internal sealed record ReleaseNameCase(string Name, ExpectedRelease Expected)
{
    /// <param name="seasons">Defaults to the single <paramref name="season"/>; give it for multi-season packs.</param>
    public static ReleaseNameCase Row(
        string name, string title, int? year = null,
        int? res = null, string? source = null, string? codec = null, string hdr = "", int? bits = null, string audio = "",
        string langs = "", bool multi = false, string subs = "",
        int? season = null, string? seasons = null, string episodes = "",
        bool proper = false, bool repack = false, string? group = null,
        bool sample = false, bool threeD = false, bool disc = false, bool archive = false) =>
        new(name, new ExpectedRelease(
            title, year, res, source, codec, hdr, bits, audio, langs, multi, subs,
            season, seasons ?? season?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", episodes,
            proper, repack, group, sample, threeD, disc, archive));
}
