using System.Text;

namespace ProStream.Bench;

/// <summary>Collects results and renders them as the Markdown tables of docs/benchmarks.md, each against its goal.</summary>
public sealed class BenchReport(BenchOptions options, MachineDescription machine)
{
    private readonly StringBuilder _start = new();
    private readonly StringBuilder _concurrent = new();
    private readonly StringBuilder _seek = new();
    private readonly StringBuilder _full = new();
    private readonly StringBuilder _capacity = new();
    private readonly StringBuilder _play = new();
    private readonly StringBuilder _playCalls = new();
    private readonly StringBuilder _hot = new();
    private string _playSummary = "";

    public void Catalog(IReadOnlyList<(WrkResult Server, WrkResult Nginx)> rounds)
    {
        var ratio = new Samples([.. rounds.Select(r => r.Server.RequestsPerSecond / r.Nginx.RequestsPerSecond)]);
        var rps = new Samples([.. rounds.Select(r => r.Server.RequestsPerSecond)]);
        var p99 = new Samples([.. rounds.Select(r => r.Server.P99Milliseconds)]);
        var nginx = new Samples([.. rounds.Select(r => r.Nginx.RequestsPerSecond)]);
        var verdict = ratio.Median >= 0.25 && p99.Median <= 15 ? "met" : "**missed**";
        _hot.AppendLine(
            $"| cached `GET /api/catalog/movies/popular`, bearer token, wrk -t2 -c32, {rounds.Count} × 10 s | {rps.Median:0} req/s, p99 {p99.Median:0.0} ms " +
            $"| nginx, same bytes as a file: {nginx.Median:0} req/s, p99 {Median(rounds.Select(r => r.Nginx.P99Milliseconds)):0.0} ms | **{ratio.Median:P0}** " +
            $"(rounds {string.Join(", ", ratio.Values.Select(v => v.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))}) " +
            $"| ≥ 25 %, p99 ≤ 15 ms: {verdict} | {Loads(rounds.SelectMany(r => new[] { r.Server.LoadAverage, r.Nginx.LoadAverage }))} |");
    }

    public void Boot(IReadOnlyList<BootRun> server, IReadOnlyList<BootRun> empty)
    {
        var ready = new Samples([.. server.Select(r => r.ReadySeconds)]);
        var emptyReady = new Samples([.. empty.Select(r => r.ReadySeconds)]);
        var rss = new Samples([.. server.Select(r => r.IdleRssMegabytes)]);
        var emptyRss = new Samples([.. empty.Select(r => r.IdleRssMegabytes)]);
        var loads = Loads(server.Concat(empty).Select(r => r.LoadAverage));
        _hot.AppendLine(
            $"| start → `/health/ready` 200 (SQLite, migrations up to date), {server.Count} starts | {S(ready)} | empty ASP.NET Core app: {S(emptyReady)} " +
            $"| {ready.Median / emptyReady.Median:0.0}× | ≤ 1.0 s: {Verdict(ready.Median, 1.0)} | {loads} |");
        _hot.AppendLine(
            $"| idle RSS {server.Count} × 5 s after ready | {rss.Median:0} MB ({rss.Max:0} MB max) | empty app: {emptyRss.Median:0} MB " +
            $"| {rss.Median / emptyRss.Median:0.00}× | ≤ 90 MB: {Verdict(rss.Median, 90, " MB")} | {loads} |");
    }

    public void FirstSegment(Samples server, Samples bareFfmpeg, double load)
    {
        _hot.AppendLine(
            $"| POST session → first video segment (remux {BenchFilms.H264_720p.Name}) | {S(server)} | bare ffmpeg, same source and output: {S(bareFfmpeg)} " +
            $"| {server.Median / bareFfmpeg.Median:0.0}× | ≤ 2× and ≤ 0.35 s: {(server.Median <= 2 * bareFfmpeg.Median && server.Median <= 0.35 ? "met" : "**missed**")} | {load:0.0} |");
    }

    private static double Median(IEnumerable<double> values) => new Samples([.. values]).Median;

    private static string Loads(IEnumerable<double> loads)
    {
        var all = loads.ToList();
        return $"{all.Min():0.0}–{all.Max():0.0}";
    }

    public void Start(BenchFilm film, StartResult result)
    {
        var first = result.FirstSegment;
        var goal = film.ExpectedMode == "remux" ? Verdict(first.Median, 0.35) : "no goal";
        var (bare, ratio) = result.BareFfmpeg is { } b
            ? (S(b), $"{first.Median / b.Median:0.0}× ({(first.Median <= 2 * b.Median ? "met" : "**missed**")}, ≤ 2×)")
            : ("—", "—");
        _start.AppendLine($"| {film.Name} | {film.ExpectedMode} | {S(result.Master)} | {S(first)} | {bare} | {ratio} | {Steps(result)} | {goal} |");
    }

    // Medians of the server's own step costs, then the client's POST answer → first segment received (ffmpeg's share).
    private static string Steps(StartResult result)
    {
        if (result.Steps.Count == 0)
        {
            return $"after the POST's answer {result.AfterCreated.Median * 1000:0} ms";
        }

        double Ms(Func<StartSteps, double?> step) => Median(result.Steps.Select(step).OfType<double>().DefaultIfEmpty(double.NaN));
        var probers = string.Join("/", result.Steps.Select(s => s.Prober).Distinct());
        return $"open {Ms(s => s.OpenMs):0} · probe {Ms(s => s.ProbeMs):0} ({probers}) · index {Ms(s => s.IndexMs):0} (alongside) · " +
            $"ffmpeg spawn {Ms(s => s.FfmpegMs):0} · POST answered → first segment {result.AfterCreated.Median * 1000:0}";
    }

    public void Concurrent(BenchFilm film, int sessions, Samples perSession, Samples slowest) =>
        _concurrent.AppendLine($"| {film.Name} | {sessions} | {S(perSession)} | {S(slowest)} | {Verdict(slowest.Median, 1.5)} (slowest of the {sessions}) |");

    public void Seek(BenchFilm film, Samples video, Samples both)
    {
        var goal = film.ExpectedMode == "remux" ? 1.0 : 3.0;
        _seek.AppendLine($"| {film.Name} | {film.ExpectedMode} | {S(video)} | {S(both)} | {Verdict(both.Median, goal)} |");
    }

    public void Full(BenchFilm film, FullPlaybackResult result) =>
        _full.AppendLine(
            $"| {film.Name} | {film.ExpectedMode} | {result.BytesRead / 1e6:0.0} MB / {result.FileSize / 1e6:0.0} MB = **{result.BytesRatio:0.000}** {Verdict(result.BytesRatio, 1.05, "")} | {result.Requests} " +
            $"| {result.CpuSecondsPerMediaMinute:0.00} s | {result.Wall.TotalSeconds:0.0} s for {result.MediaSeconds:0} s ({result.MediaSeconds / result.Wall.TotalSeconds:0.0}× real time) |");

    public void Play(PlayResult result)
    {
        var direct = result.Direct;
        var warm = result.MovieWarm;
        Row("`POST /api/playback/sessions` (the unlocked HTTPS URL)", direct);
        Row("`POST /api/play` movie, first play (TMDB and Prowlarr not cached)", [result.MovieCold]);
        Row("`POST /api/play` movie, again (TMDB ids and search cached)", warm);
        Row("`POST /api/play` episode S01E01 (first: show, episode and pack searches)", [result.Episodes[0]]);
        Row($"`POST /api/play` episodes S01E02–E{result.Episodes.Count:00} (new episode search each)", [.. result.Episodes.Skip(1)]);
        Calls("movie, first play", [result.MovieCold]);
        Calls($"movie, plays 2–{warm.Count + 1}", warm);
        Calls("episode S01E01", [result.Episodes[0]]);
        Calls($"episodes S01E02–E{result.Episodes.Count:00}", [.. result.Episodes.Skip(1)]);
        var firstCost = Median(warm, r => r.FirstSegment) - Median(direct, r => r.FirstSegment);
        var createdCost = Median(warm, r => r.Created) - Median(direct, r => r.Created);
        var episodeCost = Median([.. result.Episodes.Skip(1)], r => r.Created) - Median(direct, r => r.Created);
        _playSummary =
            $"Orchestration cost (medians, play − direct): {createdCost * 1000:0} ms to the 201 and {firstCost * 1000:0} ms to the first segment " +
            $"for a movie played again, {episodeCost * 1000:0} ms to the 201 for an episode with a fresh Prowlarr search. " +
            $"One loopback round-trip to a fake, timed from the bench: {result.UpstreamRoundTrip.Median * 1000:0.00} ms ({result.UpstreamRoundTrip.P90 * 1000:0.00} ms).";

        void Row(string what, IReadOnlyList<PlayRun> runs) =>
            _play.AppendLine($"| {what} | {runs.Count} | {S(new Samples([.. runs.Select(r => r.Created.TotalSeconds)]))} | {S(new Samples([.. runs.Select(r => r.FirstSegment.TotalSeconds)]))} |");

        void Calls(string what, IReadOnlyList<PlayRun> runs)
        {
            foreach (var calls in runs.Select(r => r.Calls).Distinct())
            {
                _playCalls.AppendLine($"| {what} | {runs.Count(r => r.Calls == calls)} | {calls} |");
            }
        }

        static double Median(IReadOnlyList<PlayRun> runs, Func<PlayRun, TimeSpan> time) => new Samples([.. runs.Select(r => time(r).TotalSeconds)]).Median;
    }

    public void Capacity(BenchFilm film, IReadOnlyList<CapacityTrial> trials)
    {
        foreach (var t in trials)
        {
            _capacity.AppendLine($"| {film.Name} | {t.Sessions} | {t.LateSegments} / {t.Segments} | {t.WorstLatenessSeconds:0.00} s | {t.FailedStarts} | {t.LoadAverage:0.0} |");
        }

        var sustained = trials.Where(t => t.KeptUp).Select(t => t.Sessions).DefaultIfEmpty(0).Max();
        var limit = trials.Count > 0 && trials[^1].KeptUp ? " (the largest N tried; the real limit is higher)" : "";
        _capacity.AppendLine().AppendLine($"Sustained without a late segment: **{sustained} sessions**{limit}.");
    }

    public string ToMarkdown(double loadAtEnd)
    {
        var text = new StringBuilder();
        text.AppendLine($"Machine: {machine.Cores} cores, {machine.CpuModel}; {machine.FfmpegVersion}; {machine.Date:yyyy-MM-dd HH:mm zzz}; ");
        text.AppendLine($"load average (1 min) {machine.LoadAtStart:0.0} at start, {loadAtEnd:0.0} at end; {options.Runs} runs per measurement.");
        text.AppendLine();
        Table(text, "Hot paths against their references (same minute)", "| figure | ProStream | reference | ratio | goal | load (1 min) |", _hot);
        Table(text, "Start: POST → master playlist, → first video segment fully received", "| film | mode | master: median (p90) | first segment: median (p90) | bare ffmpeg, first 2 s copied: median (p90) | ratio | server steps, ms (medians) | goal (remux ≤ 0.35 s) |", _start);
        Table(text, "Concurrent start: sessions POSTed at once, time to each one's first segment", "| film | sessions | per session: median (p90) | slowest per run: median (p90) | goal ≤ 1.5 s |", _concurrent);
        Table(text, "Cold seek to 70 % after playback started", "| film | mode | video segment: median (p90) | video + audio segment: median (p90) | goal (remux ≤ 1 s, transcode ≤ 3 s) |", _seek);
        Table(text, "Full playback (every segment of every rendition): source bytes and ffmpeg CPU", "| film | mode | bytes read from the source ÷ file size (goal ≤ 1.05) | range requests | ffmpeg + ffprobe CPU per minute of media | wall time |", _full);
        Table(text, $"`POST /api/play` (release cached on AllDebrid) against `POST /api/playback/sessions`, {PlayUpstreams.Film.Name} over HTTPS", "| request | runs | → 201: median (p90) | → first video segment: median (p90) |", _play);
        Table(text, "Requests each fake received per play", "| play | plays | TMDB | Prowlarr search | AllDebrid upload | status | files | unlock |", _playCalls);
        if (_playSummary.Length > 0)
        {
            text.AppendLine(_playSummary).AppendLine();
        }

        Table(text, "Concurrent remux sessions at real-time pace", "| film | sessions | late segments | worst lateness | failed starts | load at end |", _capacity);
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, string header, StringBuilder rows)
    {
        if (rows.Length == 0)
        {
            return;
        }

        text.AppendLine($"### {title}").AppendLine().AppendLine(header);
        text.AppendLine(string.Concat(header.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(_ => "| --- ")) + "|");
        text.Append(rows).AppendLine();
    }

    private static string S(Samples s) => $"{s.Median:0.000} s ({s.P90:0.000} s)";

    private static string Verdict(double value, double goal, string unit = " s") =>
        value <= goal ? $"met (≤ {goal}{unit})" : $"**missed** ({value:0.000}{unit} > {goal}{unit})";
}
