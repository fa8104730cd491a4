using System.Globalization;
using System.Text;
using ProStream.Server.Playback.Planning;

namespace ProStream.Server.Playback.Playlists;

/// <summary>One audio group of the master playlist: every audio rendition with the same codec string.</summary>
public sealed record AudioGroup(string Id, string CodecString, IReadOnlyList<AudioRendition> Tracks);

/// <summary>Writes a session's master playlist from its rendition plan.</summary>
public static class MasterPlaylistWriter
{
    public const string AudioGroupPrefix = "audio-";

    /// <summary>
    /// One audio group per audio codec, each with its own variant whose <c>CODECS</c> names exactly the
    /// video's codec and that group's: a player then only offers tracks it can switch to without
    /// changing decoder under a variant that announced another. The group holding the source's default
    /// track comes first, so that players starting with the first playable variant start there.
    /// </summary>
    public static string Write(RenditionPlan plan)
    {
        var text = new StringBuilder();
        text.Append("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        var groups = AudioGroups(plan.Audio);
        foreach (var group in groups)
        {
            var groupDefault = group.Tracks.FirstOrDefault(a => a.IsDefault) ?? group.Tracks[0];
            foreach (var audio in group.Tracks)
            {
                AppendAudio(text, group.Id, audio, audio == groupDefault);
            }
        }

        foreach (var subtitle in plan.Subtitles)
        {
            text.Append("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"").Append(HlsPlaylistWriter.SubtitleGroup).Append('"');
            HlsPlaylistWriter.AppendLanguage(text, subtitle.Language);
            text.Append(",NAME=\"").Append(HlsPlaylistWriter.Quoted(subtitle.Name)).Append('"')
                .Append(",DEFAULT=NO,AUTOSELECT=YES,FORCED=").Append(subtitle.IsForced ? "YES" : "NO")
                .Append(",URI=\"").Append(HlsPlaylistWriter.PlaylistName(subtitle.DirectoryName)).Append("\"\n");
        }

        if (groups.Count == 0)
        {
            AppendVariant(text, plan, null);
        }

        foreach (var group in groups)
        {
            AppendVariant(text, plan, group);
        }

        return text.ToString();
    }

    /// <summary>The audio renditions grouped by codec string; the group of the default track first.</summary>
    public static IReadOnlyList<AudioGroup> AudioGroups(IReadOnlyList<AudioRendition> audio) =>
    [
        .. audio
            .GroupBy(a => a.CodecString, StringComparer.Ordinal)
            .OrderByDescending(g => g.Any(a => a.IsDefault))
            .Select(g => new AudioGroup(AudioGroupPrefix + GroupName(g.Key), g.Key, [.. g])),
    ];

    private static void AppendAudio(StringBuilder text, string groupId, AudioRendition audio, bool isDefault)
    {
        text.Append("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"").Append(groupId).Append('"');
        HlsPlaylistWriter.AppendLanguage(text, audio.Language);
        text.Append(",NAME=\"").Append(HlsPlaylistWriter.Quoted(audio.Name)).Append('"')
            .Append(",DEFAULT=").Append(isDefault ? "YES" : "NO")
            .Append(",AUTOSELECT=YES")
            .Append(",CHANNELS=\"").Append(audio.Channels.ToString(CultureInfo.InvariantCulture)).Append('"')
            .Append(",URI=\"").Append(HlsPlaylistWriter.PlaylistName(audio.DirectoryName)).Append("\"\n");
    }

    private static void AppendVariant(StringBuilder text, RenditionPlan plan, AudioGroup? group)
    {
        var video = plan.Video;
        var bandwidth = video.Bandwidth + (group?.Tracks.Max(a => a.Bandwidth) ?? 0);
        var codecs = group is null ? video.CodecString : $"{video.CodecString},{group.CodecString}";
        text.Append(CultureInfo.InvariantCulture, $"#EXT-X-STREAM-INF:BANDWIDTH={bandwidth}")
            .Append(",CODECS=\"").Append(codecs).Append('"')
            .Append(CultureInfo.InvariantCulture, $",RESOLUTION={video.Width}x{video.Height}");
        if (video.FrameRate is { } frameRate)
        {
            text.Append(CultureInfo.InvariantCulture, $",FRAME-RATE={frameRate:0.000}");
        }

        if (group is not null)
        {
            text.Append(",AUDIO=\"").Append(group.Id).Append('"');
        }

        if (plan.Subtitles.Count > 0)
        {
            text.Append(",SUBTITLES=\"").Append(HlsPlaylistWriter.SubtitleGroup).Append('"');
        }

        text.Append('\n').Append(HlsPlaylistWriter.PlaylistName(VideoRendition.Name)).Append('\n');
    }

    // "mp4a.40.2" -> "mp4a-40-2": a GROUP-ID a person can read, from characters every player accepts.
    private static string GroupName(string codecString) =>
        new([.. codecString.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
