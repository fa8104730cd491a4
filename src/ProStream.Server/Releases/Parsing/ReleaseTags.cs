namespace ProStream.Server.Releases.Parsing;

/// <summary>What the tags after the title say: quality, audio, languages, edition and release flags.</summary>
internal sealed record ReleaseTags(
    ReleaseQuality Quality, List<string> Languages, bool Multi, List<string> Subtitles,
    string? Edition, bool Proper, bool Repack, bool Is3D)
{
    // Low-quality sources first: a name saying both "HDCAM" and "WEB" must not pass as a WEB release.
    private static readonly string[] SourcePriority =
    [
        ReleaseSource.Cam, ReleaseSource.Telesync, ReleaseSource.Telecine, ReleaseSource.Screener, ReleaseSource.Remux,
        ReleaseSource.DiscImage, ReleaseSource.BluRay, ReleaseSource.WebDl, ReleaseSource.WebRip, ReleaseSource.Hdtv, ReleaseSource.Dvd,
    ];

    /// <summary>Reads the matches that start at or after <paramref name="from"/> (a character index).</summary>
    public static ReleaseTags Read(string text, List<TagMatch> all, int from, bool isEpisodic)
    {
        var matches = all.FindAll(m => m.Start >= from);
        var (languages, multi, subtitles) = ReadLanguages(matches);
        var editions = matches.Where(m => m.Tag.Kind == TagKind.Edition).Select(m => m.Tag.Value).Distinct().ToList();
        var quality = new ReleaseQuality
        {
            Resolution = First(matches, TagKind.Resolution) is { } height ? int.Parse(height, provider: null) : null,
            Source = ReadSource(text, matches, isEpisodic),
            VideoCodec = First(matches, TagKind.Codec),
            Hdr = [.. matches.Where(m => m.Tag.Kind == TagKind.Hdr).Select(m => m.Tag.Value).Distinct()],
            BitDepth = First(matches, TagKind.BitDepth) is { } depth ? int.Parse(depth, provider: null) : null,
            Audio = ReadAudio(matches),
        };
        return new ReleaseTags(
            quality, languages, multi, subtitles,
            editions.Count == 0 ? null : string.Join(", ", editions),
            matches.Exists(m => m.Tag.Kind == TagKind.Proper),
            matches.Exists(m => m.Tag.Kind == TagKind.Repack),
            matches.Exists(m => m.Tag.Kind == TagKind.ThreeD));
    }

    private static string? First(List<TagMatch> matches, TagKind kind)
    {
        foreach (var m in matches)
        {
            if (m.Tag.Kind == kind)
                return m.Tag.Value;
        }
        return null;
    }

    private static string? ReadSource(string text, List<TagMatch> matches, bool isEpisodic)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var service = false;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            switch (m.Tag.Kind)
            {
                case TagKind.Source when m.Tag.Value == ReleaseSource.BluRay && IsCompleteDisc(matches, i):
                    // "COMPLETE.UHD.BLURAY" is a whole disc for a film, a complete season from Blu-ray for a series.
                    found.Add(isEpisodic ? ReleaseSource.BluRay : ReleaseSource.DiscImage);
                    break;
                case TagKind.Source:
                    found.Add(m.Tag.Value);
                    break;
                case TagKind.DiscImage:
                    // "S01.COMPLETE.BluRay" is a complete season from Blu-ray; only films ship as "COMPLETE.BLURAY" disc images.
                    found.Add(isEpisodic && text[m.Start] is 'C' or 'c' ? ReleaseSource.BluRay : ReleaseSource.DiscImage);
                    break;
                case TagKind.Service:
                    service = true;
                    break;
            }
        }
        if (found.Contains(ReleaseSource.BluRay) && IsUntouchedDisc(text, matches))
            found.Add(ReleaseSource.DiscImage);
        return SourcePriority.FirstOrDefault(found.Contains) ?? (service ? ReleaseSource.WebDl : null);
    }

    private static bool IsCompleteDisc(List<TagMatch> matches, int bluRay)
    {
        var before = bluRay - 1;
        if (before >= 0 && matches[before].Tag.Kind == TagKind.Resolution && matches[before].First + matches[before].Count == matches[bluRay].First)
            before--;
        return before >= 0 && matches[before].Tag is { Kind: TagKind.Flag, Value: "COMPLETE" };
    }

    /// <summary>"Blu-ray AVC" / "Blu-ray VC-1" without an encoder, rip or REMUX names an untouched disc (BDMV).</summary>
    private static bool IsUntouchedDisc(string text, List<TagMatch> matches)
    {
        // Only the disc-style spelling "Blu-ray": encodes write "BluRay" ("Taxi.Driver.1976.1080p.BluRay.VC-1" is an encode).
        var bluRay = matches.Find(m => m.Tag is { Kind: TagKind.Source, Value: ReleaseSource.BluRay }
            && text.AsSpan(m.Start, m.End - m.Start).Contains('-'));
        if (bluRay.Count == 0 || matches.Exists(m => m.Tag.Kind == TagKind.Source && m.Tag.Value != ReleaseSource.BluRay))
            return false;
        var codec = matches.Find(m => m.Tag.Kind == TagKind.Codec);
        if (codec.Count == 0)
            return false;
        var written = text.AsSpan(codec.Start, codec.End - codec.Start);
        return written.StartsWith("AVC", StringComparison.OrdinalIgnoreCase)
            || written.StartsWith("VC", StringComparison.OrdinalIgnoreCase)
            || written.StartsWith("MPEG", StringComparison.OrdinalIgnoreCase)
            || written.StartsWith("HEVC", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Audio tracks as "codec[ Atmos][ channels]"; channels and Atmos belong to the codec just before them.</summary>
    private static List<string> ReadAudio(List<TagMatch> matches)
    {
        var tracks = new List<(string Codec, bool Atmos, string? Channels)>();
        var atmosApart = false;
        for (var i = 0; i < matches.Count; i++)
        {
            var tag = matches[i].Tag;
            if (tag.Kind == TagKind.Audio)
            {
                tracks.Add((tag.Value, false, null));
            }
            else if (tag.Kind == TagKind.Atmos)
            {
                if (i > 0 && matches[i - 1].Tag.Kind is TagKind.Audio or TagKind.Channels && tracks.Count > 0 && tracks[^1].Codec is "TrueHD" or "EAC3")
                    tracks[^1] = tracks[^1] with { Atmos = true };
                else
                    atmosApart = true;
            }
            else if (tag.Kind == TagKind.Channels && tracks.FindIndex(t => t.Channels is null) is var open and >= 0)
            {
                // Right after its codec, or written apart ("DTS.1080p.5.1"): the first track without channels.
                var track = i > 0 && matches[i - 1].Tag.Kind is TagKind.Audio or TagKind.Atmos && tracks[^1].Channels is null ? tracks.Count - 1 : open;
                tracks[track] = tracks[track] with { Channels = tag.Value };
            }
        }
        if (atmosApart && !tracks.Exists(t => t.Atmos))
        {
            var carrier = tracks.FindIndex(t => t.Codec is "TrueHD" or "EAC3");
            if (carrier < 0)
                tracks.Add(("Atmos", false, null));
            else
                tracks[carrier] = tracks[carrier] with { Atmos = true };
        }
        return [.. tracks.Select(t => t.Codec + (t.Atmos ? " Atmos" : "") + (t.Channels is null ? "" : " " + t.Channels)).Distinct()];
    }

    /// <summary>Languages, MULTi and subtitles. A language next to a subtitle word ("ENG.SUBS", "Sub.FR") is a
    /// subtitle language; "MULTi.SUBS" means several subtitle tracks, not several audio languages.</summary>
    private static (List<string> Languages, bool Multi, List<string> Subtitles) ReadLanguages(List<TagMatch> matches)
    {
        var languages = new List<string>();
        var subtitles = new List<string>();
        var multi = false;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var nextIsMarker = i + 1 < matches.Count && matches[i + 1].Tag.Kind == TagKind.SubtitleMarker && matches[i + 1].First == m.First + m.Count;
            switch (m.Tag.Kind)
            {
                case TagKind.Multi when !nextIsMarker:
                    multi = true;
                    break;
                case TagKind.Subtitle:
                    AddDistinct(subtitles, m.Tag.Value);
                    break;
                case TagKind.Language when (nextIsMarker && !LanguageFollows(matches, i + 1)) || AfterMarker(matches, i):
                    AddDistinct(subtitles, m.Tag.Value);
                    break;
                case TagKind.Language:
                    AddDistinct(languages, m.Tag.Value);
                    break;
            }
        }
        return (languages, multi, subtitles);
    }

    /// <summary>True when a subtitle word comes just before this language, maybe through other languages ("SUBS.FR.EN").</summary>
    private static bool AfterMarker(List<TagMatch> matches, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (matches[j].First + matches[j].Count != matches[j + 1].First)
                return false;
            if (matches[j].Tag.Kind == TagKind.SubtitleMarker)
                return true;
            if (matches[j].Tag.Kind != TagKind.Language)
                return false;
        }
        return false;
    }

    /// <summary>"ita.fre.sub.Eng": a language after the subtitle word makes the ones before it audio.</summary>
    private static bool LanguageFollows(List<TagMatch> matches, int marker) =>
        marker + 1 < matches.Count && matches[marker + 1].Tag.Kind == TagKind.Language
        && matches[marker + 1].First == matches[marker].First + matches[marker].Count;

    private static void AddDistinct(List<string> list, string code)
    {
        if (!list.Contains(code))
            list.Add(code);
    }
}
