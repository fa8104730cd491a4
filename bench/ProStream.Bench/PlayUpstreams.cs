using ProStream.IntegrationTests.Fakes;

namespace ProStream.Bench;

/// <summary>
/// What <c>POST /api/play</c> talks to, on loopback: the integration tests' fake TMDB, Prowlarr and AllDebrid, and
/// an HTTPS Range server for the unlocked links (AllDebrid links must be https). Every release is cached on
/// AllDebrid and every file link unlocks to <see cref="Film"/>.
/// </summary>
public sealed class PlayUpstreams : IAsyncDisposable
{
    public const string MovieHash = "b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";
    public const string SeasonPackHash = "c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
    public const string MovieRelease = "Fight.Club.1999.720p.BluRay.x264-BENCH";
    public const string SeasonPack = "Game.of.Thrones.S01.720p.BluRay.x264-BENCH";
    public const int Episodes = 10;
    private const long GiB = 1L << 30;

    private PlayUpstreams(FakeTmdbServer tmdb, FakeProwlarrServer prowlarr, FakeAllDebridServer allDebrid, RangeFileServer films, string certificatePath)
    {
        (Tmdb, Prowlarr, AllDebrid, Films, CertificatePath) = (tmdb, prowlarr, allDebrid, films, certificatePath);
    }

    public static BenchFilm Film => BenchFilms.H264_720p;

    public FakeTmdbServer Tmdb { get; }

    public FakeProwlarrServer Prowlarr { get; }

    public FakeAllDebridServer AllDebrid { get; }

    /// <summary>The films over HTTPS: where unlocked links point, and the direct-URL start compared with.</summary>
    public RangeFileServer Films { get; }

    /// <summary>PEM of the film server's certificate, the server process's <c>SSL_CERT_FILE</c>.</summary>
    public string CertificatePath { get; }

    public static async Task<PlayUpstreams> StartAsync(string filmDirectory)
    {
        var films = await RangeFileServer.StartAsync(filmDirectory, https: true);
        var certificate = RangeFileServer.WriteCertificatePem(Path.Combine(Path.GetTempPath(), "prostream-bench", "film-server.pem"));
        var upstreams = new PlayUpstreams(new FakeTmdbServer(), new FakeProwlarrServer(), new FakeAllDebridServer(), films, certificate);
        upstreams.Stock();
        return upstreams;
    }

    /// <summary>The server's settings for these upstreams, and the film server's certificate as its only trusted root
    /// (the server makes no other TLS connection in the benchmark).</summary>
    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Tmdb__BaseUrl"] = Tmdb.ApiBase,
        ["Tmdb__ApiKey"] = FakeTmdbServer.ApiKey,
        ["Prowlarr__BaseUrl"] = Prowlarr.BaseAddress.ToString(),
        ["Prowlarr__ApiKey"] = FakeProwlarrServer.ApiKey,
        ["AllDebrid__BaseUrl"] = AllDebrid.BaseAddress.ToString(),
        ["AllDebrid__ApiKey"] = FakeAllDebridServer.ApiKey,
        ["SSL_CERT_FILE"] = CertificatePath,
    };

    /// <summary>Requests each fake has received so far, by upstream step.</summary>
    public UpstreamCalls Calls() => new(
        Tmdb.TotalCalls,
        Prowlarr.CallsTo("/api/v1/search"),
        AllDebrid.CallsTo("/v4/magnet/upload"),
        AllDebrid.CallsTo("/v4.1/magnet/status"),
        AllDebrid.CallsTo("/v4/magnet/files"),
        AllDebrid.CallsTo("/v4/link/unlock"));

    private void Stock()
    {
        // An episode search finds nothing; the season search finds the pack (what AllDebrid usually has cached).
        Prowlarr.ReleasesFor = query => query.Contains("{Episode:", StringComparison.Ordinal)
            ? []
            : query.Contains("{Season:", StringComparison.Ordinal)
                ? [new FakeRelease(SeasonPack, SeasonPackHash, Size: 40 * GiB, Seeders: 300)]
                : [new FakeRelease(MovieRelease, MovieHash, Size: 8 * GiB, Seeders: 900)];
        Cached(MovieHash, [(MovieRelease + ".mkv", 8 * GiB)]);
        Cached(SeasonPackHash, [.. Enumerable.Range(1, Episodes).Select(e => ($"{SeasonPack}/Game.of.Thrones.S01E{e:00}.720p.BluRay.x264-BENCH.mkv", 3 * GiB))]);
    }

    private void Cached(string hash, (string Path, long Size)[] files)
    {
        AllDebrid.CachedHashes[hash] = true;
        AllDebrid.FilesByHash[hash] = [.. files.Select((f, i) => new FakeTorrentFile(f.Path, f.Size, $"{hash[..8]}-{i}"))];
        for (var i = 0; i < files.Length; i++)
        {
            AllDebrid.UnlockTo[$"{hash[..8]}-{i}"] = Films.UrlOf(Film.Name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Films.DisposeAsync();
        await AllDebrid.DisposeAsync();
        await Prowlarr.DisposeAsync();
        await Tmdb.DisposeAsync();
    }
}

/// <summary>Requests received by the fakes, per upstream step; subtract two snapshots for one play's calls.</summary>
public sealed record UpstreamCalls(int Tmdb, int ProwlarrSearch, int AllDebridUpload, int AllDebridStatus, int AllDebridFiles, int AllDebridUnlock)
{
    public static UpstreamCalls operator -(UpstreamCalls after, UpstreamCalls before) => new(
        after.Tmdb - before.Tmdb, after.ProwlarrSearch - before.ProwlarrSearch, after.AllDebridUpload - before.AllDebridUpload,
        after.AllDebridStatus - before.AllDebridStatus, after.AllDebridFiles - before.AllDebridFiles, after.AllDebridUnlock - before.AllDebridUnlock);

    public int Total => Tmdb + ProwlarrSearch + AllDebridUpload + AllDebridStatus + AllDebridFiles + AllDebridUnlock;

    public override string ToString() =>
        $"{Tmdb} | {ProwlarrSearch} | {AllDebridUpload} | {AllDebridStatus} | {AllDebridFiles} | {AllDebridUnlock}";
}
