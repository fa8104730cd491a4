using System.Globalization;
using System.Text;
using ProStream.Server.Releases.Parsing;

namespace ProStream.Tests.Releases.PeerCases;

/// <summary>
/// The parser against the test suites of Sonarr, Radarr, guessit, parse-torrent-name and parse-torrent-title
/// (names and expected answers extracted as data, see the header of each .tsv). Each field is scored only where
/// the peer asserts it; the per-field accuracy is printed next to the goal of issue 11 and held to its floor.
/// </summary>
public sealed class PeerCaseAccuracyTests(ITestOutputHelper output)
{
    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "Releases", "PeerCases");

    [Fact]
    public void Parser_agrees_with_the_peers_on_each_field()
    {
        var cases = PeerCase.Load(CaseDirectory).ToList();
        var scores = Score(cases, out var misses);

        var report = Report(cases.Count, scores);
        output.WriteLine(report);
        Console.WriteLine(report);
        WriteMisses(misses);

        Assert.True(cases.Count >= 2000, $"only {cases.Count} peer cases");
        var failing = PeerFields.Thresholds
            .Where(t => scores.TryGetValue(t.Field, out var s) && s.Accuracy < t.Floor)
            .Select(t => $"{t.Field} {scores[t.Field].Accuracy:P1} < {t.Floor:P0}: e.g. {string.Join(" | ", misses[t.Field].Take(5))}")
            .ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
    }

    private sealed class FieldScore
    {
        public int Asserted { get; set; }

        public int Agreed { get; set; }

        public Dictionary<string, (int Asserted, int Agreed)> ByPeer { get; } = [];

        public double Accuracy => Asserted == 0 ? 1 : (double)Agreed / Asserted;
    }

    private static Dictionary<string, FieldScore> Score(List<PeerCase> cases, out Dictionary<string, List<string>> misses)
    {
        var scores = PeerFields.Thresholds.ToDictionary(t => t.Field, _ => new FieldScore());
        misses = PeerFields.Thresholds.ToDictionary(t => t.Field, _ => new List<string>());
        foreach (var peerCase in cases)
        {
            var parsed = ReleaseNameParser.Parse(peerCase.Name);
            foreach (var (field, expected) in peerCase.Expected)
            {
                var agrees = PeerFields.Agrees(field, expected, parsed);
                var score = scores[field];
                var (asserted, agreed) = score.ByPeer.GetValueOrDefault(peerCase.Peer);
                score.ByPeer[peerCase.Peer] = (asserted + 1, agreed + (agrees ? 1 : 0));
                score.Asserted++;
                if (agrees)
                    score.Agreed++;
                else
                    misses[field].Add($"{peerCase.Peer}: {peerCase.Name} => expected {expected}, got {Describe(field, parsed)}");
            }
        }
        return scores;
    }

    private static string Describe(string field, ParsedRelease p) => field switch
    {
        "title" => $"\"{p.Title}\"",
        "season" or "episodes" or "absolute" => $"S{p.Season} E[{string.Join(',', p.Episodes)}] abs[{string.Join(',', p.AbsoluteEpisodes)}]",
        "languages" or "multi" or "subtitles" => $"langs[{string.Join(',', p.Languages)}] multi={p.Multi} subs[{string.Join(',', p.Subtitles)}]",
        "audio" or "channels" => $"[{string.Join(',', p.Quality.Audio)}]",
        _ => $"{p.Year} {p.AirDate} {p.Quality.Resolution} {p.Quality.Source} {p.Quality.VideoCodec} ed={p.Edition} proper={p.Proper} repack={p.Repack}",
    };

    private static string Report(int caseCount, Dictionary<string, FieldScore> scores)
    {
        var peers = scores.Values.SelectMany(s => s.ByPeer.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Release-name parser vs peer test suites: {caseCount} cases");
        text.AppendLine(FormattableString.Invariant($"{"field",-11} {"correct",8} {"of",6} {"goal",5} {"floor",5}  ") + string.Join("  ", peers.Select(p => $"{p,20}")));
        foreach (var (field, threshold, floor) in PeerFields.Thresholds)
        {
            var s = scores[field];
            var perPeer = peers.Select(p => s.ByPeer.TryGetValue(p, out var v) ? FormattableString.Invariant($"{(double)v.Agreed / v.Asserted,7:P1} of {v.Asserted,4}") : "");
            var goal = threshold > 0 ? threshold.ToString("P0", CultureInfo.InvariantCulture) : "-";
            text.AppendLine(FormattableString.Invariant($"{field,-11} {s.Accuracy,8:P1} {s.Asserted,6} {goal,5} {floor,5:P0}  ") + string.Join("  ", perPeer.Select(p => $"{p,20}")));
        }
        return text.ToString();
    }

    /// <summary>For working on the parser: PROSTREAM_PEER_MISSES=path writes every disagreement there.</summary>
    private static void WriteMisses(Dictionary<string, List<string>> misses)
    {
        if (Environment.GetEnvironmentVariable("PROSTREAM_PEER_MISSES") is { Length: > 0 } path)
            File.WriteAllLines(path, misses.SelectMany(m => m.Value.Select(line => $"[{m.Key}] {line}")));
    }
}
