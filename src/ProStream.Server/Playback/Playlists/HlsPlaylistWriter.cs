using System.Globalization;
using System.Text;
using ProStream.Server.Playback.Planning;

namespace ProStream.Server.Playback.Playlists;

/// <summary>
/// Writes the session's playlists before ffmpeg runs: the full VOD timeline with relative URIs,
/// so a player can seek anywhere at once and needs no headers.
/// </summary>
public static class HlsPlaylistWriter
{
    public const string MasterFileName = "master.m3u8";
    public const string SubtitleGroup = "subs";

    /// <summary>CMAF media segments (moof + mdat) of the video and audio renditions; each playlist's init segment is <c>init.mp4</c>.</summary>
    public const string MediaSegmentExtension = "m4s";
    public const string SubtitleSegmentExtension = "vtt";

    public const string InitSegmentName = "init.mp4";

    public static string PlaylistName(string renditionName) => renditionName + ".m3u8";

    /// <summary>A VOD media playlist of the whole timeline; segment URIs are <c>{directory}/{index}.{extension}</c>.</summary>
    /// <param name="plan">The session's segments.</param>
    /// <param name="directory">The rendition's directory, relative to the playlist.</param>
    /// <param name="extension">Segment file extension: <see cref="MediaSegmentExtension"/> (with an <c>EXT-X-MAP</c>) or WebVTT.</param>
    /// <param name="startOffset">Seconds from the start where the player should begin, if any.</param>
    public static string WriteMedia(SegmentPlan plan, string directory, string extension, double? startOffset = null)
    {
        var text = new StringBuilder();
        var fragmented = extension == MediaSegmentExtension;
        text.Append("#EXTM3U\n#EXT-X-VERSION:").Append(fragmented ? '7' : '4').Append('\n')
            .Append(CultureInfo.InvariantCulture, $"#EXT-X-TARGETDURATION:{plan.TargetDuration}\n")
            .Append("#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        if (startOffset is > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"#EXT-X-START:TIME-OFFSET={startOffset.Value:0.###}\n");
        }

        if (fragmented)
        {
            text.Append("#EXT-X-MAP:URI=\"").Append(directory).Append('/').Append(InitSegmentName).Append("\"\n");
        }

        foreach (var segment in plan.Segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"#EXTINF:{segment.Duration:0.000000},\n")
                .Append(directory).Append('/')
                .Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append('.').Append(extension).Append('\n');
        }

        text.Append("#EXT-X-ENDLIST\n");
        return text.ToString();
    }

    internal static void AppendLanguage(StringBuilder text, string? language)
    {
        if (language is not null)
        {
            text.Append(",LANGUAGE=\"").Append(Quoted(language)).Append('"');
        }
    }

    // A quoted-string may not contain a double quote, CR or LF.
    internal static string Quoted(string value)
    {
        var cleaned = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            cleaned.Append(c == '"' ? '\'' : char.IsControl(c) ? ' ' : c);
        }

        return cleaned.ToString().Trim();
    }
}
