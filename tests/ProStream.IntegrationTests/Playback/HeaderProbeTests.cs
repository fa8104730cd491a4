using System.Text.Json;
using ProStream.Server.Playback.Keyframes;
using ProStream.Server.Playback.Probing;
using ProStream.Server.Playback.Probing.Headers;

namespace ProStream.IntegrationTests.Playback;

/// <summary>The in-process Matroska probe against real ffprobe on generated films: what playback gets must be the same.</summary>
public sealed class HeaderProbeTests
{
    /// <summary>H.264 with E-AC-3 5.1 (fre, "Surround"), FLAC stereo (ger), ASS (spa, forced) and SRT (eng, default) tracks.</summary>
    private const string Variety = "probe-variety.mkv";

    /// <summary>H.264 with an MP3 track, which the header reader leaves to ffprobe (its bit rate is in the frames).</summary>
    private const string Mp3 = "probe-mp3.mkv";

    public static TheoryData<string> Films => new(
        TestFilms.Film, TestFilms.Irregular, TestFilms.HevcAc3, TestFilms.MultiCodecAudio, TestFilms.Hevc10,
        TestFilms.BFramesLongTracks, TestFilms.StartsAt10, Variety);

    [Theory]
    [MemberData(nameof(Films))]
    public async Task Header_probe_describes_the_film_as_ffprobe_does(string film)
    {
        var path = await FilmAsync(film);
        var ffprobe = FfprobeOutputParser.Parse(await TestFilms.ProbeAsync("-print_format", "json", "-show_format", "-show_streams", path));

        var headers = await MatroskaProbe.ProbeAsync(FileReader(path), new FileInfo(path).Length, TestContext.Current.CancellationToken);

        Assert.NotNull(headers);
        Assert.Equal(Describe(ffprobe), Describe(headers));
    }

    [Fact]
    public async Task A_track_the_reader_does_not_know_is_left_to_ffprobe()
    {
        var path = await FilmAsync(Mp3);

        var headers = await MatroskaProbe.ProbeAsync(FileReader(path), new FileInfo(path).Length, TestContext.Current.CancellationToken);

        Assert.Null(headers);
    }

    [Fact]
    public async Task Corrupted_headers_fall_back_to_ffprobe_rather_than_fail_the_start()
    {
        var original = await File.ReadAllBytesAsync(await FilmAsync(TestFilms.MultiCodecAudio), TestContext.Current.CancellationToken);
        var random = new Random(12);
        for (var run = 0; run < 300; run++)
        {
            var bytes = (byte[])original.Clone();
            for (var i = 0; i < 1 + (run % 8); i++)
            {
                bytes[random.Next(0, 8 * 1024)] = (byte)random.Next(256);
            }

            try
            {
                await MatroskaProbe.ProbeAsync(MemoryReader(bytes), bytes.Length, TestContext.Current.CancellationToken);
            }
            catch (Exception e) when (HeaderProber.IsParseFailure(e))
            {
                // Left to ffprobe.
            }
        }
    }

    private static ReadRange MemoryReader(byte[] bytes) => (offset, length, _) =>
        ValueTask.FromResult<ReadOnlyMemory<byte>>(bytes.AsMemory((int)Math.Min(offset, bytes.Length), (int)Math.Clamp(bytes.Length - offset, 0, length)));

    // Records holding lists compare by reference: their JSON, one property a line, compares by value and diffs readably.
    private static string Describe(MediaProbe probe) =>
        JsonSerializer.Serialize(probe, new JsonSerializerOptions { WriteIndented = true });

    private static ReadRange FileReader(string path) => async (offset, length, cancellationToken) =>
    {
        await using var file = File.OpenRead(path);
        file.Position = offset;
        var buffer = new byte[(int)Math.Max(0, Math.Min(length, file.Length - offset))];
        await file.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    };

    private static async Task<string> FilmAsync(string film)
    {
        var films = await TestFilms.GetWithTimelineFilmsAsync();
        await TestFilms.GetWithProfileFilmsAsync();
        var path = films.PathOf(film);
        if (film is Variety or Mp3 && !File.Exists(path))
        {
            var partial = path + $".tmp-{Environment.ProcessId}.mkv";
            await TestFilms.RunAsync([.. film == Variety ? await VarietyArgumentsAsync(films) : Mp3Arguments(), partial]);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    private static async Task<string[]> VarietyArgumentsAsync(TestFilms films)
    {
        var ass = films.PathOf("probe-variety.ass");
        await File.WriteAllTextAsync(ass, """
            [Script Info]
            ScriptType: v4.00+

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
            Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
            Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Letrero
            """);
        return [
            "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30000/1001:duration=8", "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=8",
            "-f", "lavfi", "-i", "sine=frequency=500:sample_rate=48000:duration=8", "-i", ass, "-i", films.PathOf("sub.srt"),
            "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:s", "-map", "4:s",
            "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "main", "-g", "30",
            "-c:a:0", "eac3", "-ac:a:0", "6", "-c:a:1", "flac", "-ac:a:1", "2", "-c:s:0", "ass", "-c:s:1", "srt",
            "-metadata:s:a:0", "language=fre", "-metadata:s:a:0", "title=Surround", "-metadata:s:a:1", "language=ger",
            "-metadata:s:s:0", "language=spa", "-metadata:s:s:1", "language=eng",
            "-disposition:a:0", "default", "-disposition:a:1", "0", "-disposition:s:0", "forced", "-disposition:s:1", "default",
        ];
    }

    private static string[] Mp3Arguments() => [
        "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4", "-f", "lavfi", "-i", "sine=duration=4",
        "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "libmp3lame",
    ];
}
