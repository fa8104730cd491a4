using System.Text.RegularExpressions;
using static ProStream.Server.Releases.Parsing.TokenPattern;

namespace ProStream.Server.Releases.Parsing;

/// <summary>Audio tracks named in a release: canonical codec name, then " Atmos", then channels.
/// DD+/DDP/E-AC-3 are all written "EAC3" and DD/AC-3 "AC3", the names ffprobe reports.</summary>
internal static partial class AudioParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (string Group, string Name)[] Codecs =
    [
        ("truehd", "TrueHD"), ("dtshdma", "DTS-HD MA"), ("dtshdhra", "DTS-HD HRA"), ("dtsx", "DTS:X"),
        ("dtshd", "DTS-HD"), ("dtses", "DTS-ES"), ("dts", "DTS"), ("eac3", "EAC3"), ("ac3", "AC3"),
        ("aac", "AAC"), ("flac", "FLAC"), ("opus", "Opus"), ("mp3", "MP3"), ("pcm", "PCM"),
    ];

    public static List<string> Parse(string tags)
    {
        var tracks = new List<AudioTrack>();
        foreach (Match m in AudioRegex().Matches(tags))
        {
            var codec = Codecs.First(c => m.Groups[c.Group].Success).Name;
            var track = new AudioTrack(codec, m.Groups["atmos"].Success, Channels(m.Groups["ch"]) ?? Channels(m.Groups["ch2"]));
            if (!tracks.Contains(track))
                tracks.Add(track);
        }

        // "Atmos" written apart from its codec (e.g. "Atmos.TrueHD.7.1"): attach it to the first track able to carry it.
        if (!tracks.Exists(t => t.Atmos) && AtmosRegex().IsMatch(tags))
        {
            var carrier = tracks.FindIndex(t => t.Codec is "TrueHD" or "EAC3");
            if (carrier < 0)
                tracks.Add(new AudioTrack("Atmos", Atmos: false, Channels: null));
            else
                tracks[carrier] = tracks[carrier] with { Atmos = true };
        }
        return tracks.ConvertAll(t => t.ToString());
    }

    private sealed record AudioTrack(string Codec, bool Atmos, string? Channels)
    {
        public override string ToString() => Codec + (Atmos ? " Atmos" : "") + (Channels is null ? "" : " " + Channels);
    }

    private static string? Channels(Group group)
    {
        if (!group.Success)
            return null;
        var text = group.Value;
        if (text.EndsWith("ch", StringComparison.OrdinalIgnoreCase))
        {
            return text[0] switch
            {
                '1' => "1.0",
                '2' => "2.0",
                '6' => "5.1",
                '8' => "7.1",
                var n => $"{n}.0",
            };
        }
        return $"{text[0]}.{text[^1]}";
    }

    [GeneratedRegex(Start + @"(?:" +
        @"(?<truehd>(?:Dolby" + Sep + @")?TrueHD)" +
        @"|(?<dtshdma>DTS" + Sep + @"HD" + Sep + @"MA)" +
        @"|(?<dtshdhra>DTS" + Sep + @"HD" + Sep + @"HRA?)" +
        @"|(?<dtsx>DTS" + Sep + @"X)" +
        @"|(?<dtshd>DTS" + Sep + @"HD)" +
        @"|(?<dtses>DTS" + Sep + @"ES)" +
        @"|(?<dts>DTS)" +
        @"|(?<eac3>E" + Sep + @"AC" + Sep + @"3|DDP|DD\+|Dolby" + Sep + @"Digital" + Sep + @"Plus)" +
        @"|(?<ac3>AC" + Sep + @"3|DD|Dolby" + Sep + @"Digital)" +
        @"|(?<aac>(?:HE" + Sep + @")?AAC(?:" + Sep + @"LC)?)" +
        @"|(?<flac>FLAC)|(?<opus>OPUS)|(?<mp3>MP3)|(?<pcm>L?PCM)" +
        @")" +
        @"(?:" + Sep + @"(?<ch>[1-9][ ._][0-2]|[1-9]ch))?" +
        @"(?:" + Sep + @"(?<atmos>Atmos))?" +
        @"(?:" + Sep + @"(?<ch2>[1-9][ ._][0-2]))?" +
        End, Options, TimeoutMs)]
    private static partial Regex AudioRegex();

    [GeneratedRegex(Start + "Atmos" + End, Options, TimeoutMs)]
    private static partial Regex AtmosRegex();
}
