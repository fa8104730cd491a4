namespace ProStream.Server.Releases.Parsing;

/// <summary>What a release name says about its content. Produced by <see cref="ReleaseNameParser"/>.</summary>
public sealed record ParsedRelease
{
    /// <summary>The title part of the name, separators turned into spaces, for matching.</summary>
    public string Title { get; init; } = "";

    public int? Year { get; init; }

    public ReleaseQuality Quality { get; init; } = ReleaseQuality.Unknown;

    /// <summary>Audio languages named in the release (ISO 639-1), in order of appearance.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>MULTi / DUAL: several audio languages, not all necessarily named.</summary>
    public bool Multi { get; init; }

    /// <summary>Subtitle languages named in the release (VOSTFR, SUBFRENCH…), ISO 639-1.</summary>
    public IReadOnlyList<string> Subtitles { get; init; } = [];

    /// <summary>The (first) season; set for episodes and for season packs.</summary>
    public int? Season { get; init; }

    /// <summary>Every season covered: [1] for S01E02 or S01, [1, 2, 3] for S01-S03.</summary>
    public IReadOnlyList<int> Seasons { get; init; } = [];

    /// <summary>Episode numbers; empty for a season pack or a film. Absolute numbers for anime.</summary>
    public IReadOnlyList<int> Episodes { get; init; } = [];

    /// <summary>Absolute episode numbers (anime: "Show - 107", "[Group] Show 07"), counted across seasons.</summary>
    public IReadOnlyList<int> AbsoluteEpisodes { get; init; } = [];

    /// <summary>The air date of a daily show's episode ("Show.2011.01.10").</summary>
    public DateOnly? AirDate { get; init; }

    /// <summary>The cut or version of a film: "Extended", "Director's Cut", "Unrated", "IMAX"…</summary>
    public string? Edition { get; init; }

    public bool Proper { get; init; }

    public bool Repack { get; init; }

    public string? Group { get; init; }

    public bool IsSample { get; init; }

    public bool Is3D { get; init; }

    public bool IsDiscImage { get; init; }

    public bool IsArchive { get; init; }

    public bool IsSeasonPack => Season is not null && Episodes.Count == 0;
}
