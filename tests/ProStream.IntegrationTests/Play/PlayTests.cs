using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;
using static ProStream.IntegrationTests.Play.PlayWorld;

namespace ProStream.IntegrationTests.Play;

/// <summary><c>POST /api/play</c> end to end: fake TMDB, Prowlarr and AllDebrid, real ffmpeg, a film on an HTTPS Range server.</summary>
public sealed class PlayTests
{
    private const string English = "1111111111111111111111111111111111111111";
    private const string French = "2222222222222222222222222222222222222222";
    private const string Third = "3333333333333333333333333333333333333333";
    private const long GiB = 1L << 30;

    private static FakeRelease[] FightClubReleases(params (string Title, string Hash, int Seeders)[] releases) =>
        [.. releases.Select(r => new FakeRelease(r.Title, r.Hash, Size: 8 * GiB, Seeders: r.Seeders))];

    [Fact]
    public async Task A_film_plays_from_the_release_the_viewer_prefers()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(
            ("Fight.Club.1999.1080p.BluRay.x264-ENGRP", English, 900), ("Fight.Club.1999.MULTi.1080p.WEB-DL.x264-FRGRP", French, 12));
        world.Torrent(English, cached: true, ("Fight.Club.1999.1080p.BluRay.x264-ENGRP.mkv", 8 * GiB, TestFilms.Film));
        world.Torrent(French, cached: true, ("Fight.Club.1999.MULTi.1080p.WEB-DL.x264-FRGRP.mkv", 8 * GiB, TestFilms.Film));
        using var patch = await world.Viewer.PatchAsJsonAsync("/api/me", new { preferences = new { audioLanguages = new[] { "fr" } } });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        using var response = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" });
        var played = await Task.FromResult(response).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal($"/api/playback/sessions/{played.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Fight.Club.1999.MULTi.1080p.WEB-DL.x264-FRGRP", played.Release.Title);
        Assert.True(played.Release.Multi);
        Assert.Contains("MULTi", played.Release.Why, StringComparison.Ordinal);
        Assert.Equal("Fight.Club.1999.MULTi.1080p.WEB-DL.x264-FRGRP.mkv", played.File.Path);
        Assert.Equal((0.0, "remux"), (played.StartPosition, played.Mode));
        Assert.Equal(20, played.Duration, 0.5);
        Assert.Empty(played.Fallbacks!);
        var attempt = Assert.Single(played.Attempts);
        Assert.Equal((played.Release.Id, "playing"), (attempt.ReleaseId, attempt.Outcome));
        await world.AssertPlaysAsync(played);
        // Cached: one upload, no status polling, one files listing, one unlock.
        Assert.Equal((1, 0, 1, 1), (world.AllDebrid.CallsTo("/v4/magnet/upload"), world.AllDebrid.CallsTo("/v4.1/magnet/status"),
            world.AllDebrid.CallsTo("/v4/magnet/files"), world.AllDebrid.CallsTo("/v4/link/unlock")));
    }

    [Fact]
    public async Task Play_starts_the_instant_release_before_one_of_the_same_quality_with_more_seeders()
    {
        await using var world = await CreateAsync(new Dictionary<string, string?> { ["AllDebrid:InstantCandidates"] = "10" });
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(
            ("Fight.Club.1999.1080p.BluRay.x264-MANY", English, 900), ("Fight.Club.1999.1080p.BluRay.x264-FEW", French, 12));
        world.Torrent(English, cached: false, ("Fight.Club.1999.1080p.BluRay.x264-MANY.mkv", 8 * GiB, TestFilms.Film));
        world.Torrent(French, cached: true, ("Fight.Club.1999.1080p.BluRay.x264-FEW.mkv", 8 * GiB, TestFilms.Film));

        var played = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal("Fight.Club.1999.1080p.BluRay.x264-FEW", played.Release.Title);
        Assert.Equal("Instant on AllDebrid, same quality as #2", played.Release.Why);
        Assert.Equal("playing", Assert.Single(played.Attempts).Outcome);
        // The check's upload of the release that was not ready is gone; the one playing stays.
        Assert.Equal([French], world.AllDebrid.HashesOnAccount);
    }

    [Fact]
    public async Task An_episode_plays_from_a_season_pack_whose_files_are_out_of_order()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = query => query.Contains("{Episode:", StringComparison.Ordinal)
            ? []
            : [new FakeRelease("Game.of.Thrones.S01.1080p.BluRay.x264-PACK", Third, Size: 40 * GiB)];
        const string Pack = "Game.of.Thrones.S01.1080p.BluRay.x264-PACK/";
        world.Torrent(Third, cached: true,
            (Pack + "Extras/Making.of.Game.of.Thrones.1080p.mkv", 9 * GiB, null),
            (Pack + "Game.of.Thrones.S01E10.1080p.BluRay.x264-PACK.mkv", 3 * GiB, null),
            (Pack + "Game.of.Thrones.S01E03.1080p.BluRay.x264-PACK.mkv", 2 * GiB, TestFilms.Film),
            (Pack + "Game.of.Thrones.S01E01.1080p.BluRay.x264-PACK.mkv", 3 * GiB, null));

        var played = await world.PlayAsync(new { tmdbId = GameOfThrones, type = "tv", season = 1, episode = 3 }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal(Pack + "Game.of.Thrones.S01E03.1080p.BluRay.x264-PACK.mkv", played.File.Path);
        Assert.Equal(2 * GiB, played.File.Size);
        Assert.Equal(2, world.Prowlarr.Searches.Count);
        await world.AssertPlaysAsync(played);
    }

    [Fact]
    public async Task When_the_best_releases_fail_the_next_one_plays_and_attempts_say_why()
    {
        await using var world = await CreateAsync(new Dictionary<string, string?> { ["Play:ReadyTimeout"] = "00:00:00.300" });
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(
            ("Fight.Club.1999.2160p.BluRay.x265-NOTCACHED", French, 50),
            ("Fight.Club.1999.1080p.BluRay.x264-DEAD", English, 40),
            ("Fight.Club.1999.720p.BluRay.x264-GOOD", Third, 30));
        world.AllDebrid.NeverReadyHashes[French] = true;
        world.Torrent(French, cached: false, ("Fight.Club.1999.2160p.mkv", 8 * GiB, TestFilms.Film));
        world.Torrent(English, cached: true, ("Fight.Club.1999.1080p.mkv", 8 * GiB, null));
        world.Torrent(Third, cached: true, ("Fight.Club.1999.720p.mkv", 4 * GiB, TestFilms.Film));

        var played = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal("Fight.Club.1999.720p.BluRay.x264-GOOD", played.Release.Title);
        Assert.Equal(["not-ready", "source-failed", "playing"], played.Attempts.Select(a => a.Outcome));
        Assert.Equal(["Fight.Club.1999.2160p.BluRay.x265-NOTCACHED", "Fight.Club.1999.1080p.BluRay.x264-DEAD", played.Release.Title],
            played.Attempts.Select(a => a.Title));
        Assert.Contains("404", played.Attempts[1].Reason, StringComparison.Ordinal);
        // The viewer hears which releases were passed over and why.
        Assert.Equal(played.Attempts[..2].Select(a => (a.ReleaseId, a.Outcome, a.Reason)), played.Fallbacks!.Select(f => (f.ReleaseId, f.Outcome, f.Reason)));
        Assert.True(world.AllDebrid.CallsTo("/v4.1/magnet/status") >= 2, "the uncached release was polled until the timeout");
        await world.AssertPlaysAsync(played);
    }

    [Fact]
    public async Task Without_a_start_position_playback_resumes_where_the_viewer_stopped()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(("Fight.Club.1999.1080p.BluRay.x264-ENGRP", English, 900));
        world.Torrent(English, cached: true, ("Fight.Club.1999.1080p.mkv", 8 * GiB, TestFilms.Film));
        using var put = await world.Viewer.PutAsJsonAsync($"/api/history/movie/{FightClub}", new { position = 8.5, duration = 20 });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        var resumed = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);
        var fromStart = await world.PlayAsync(new { tmdbId = FightClub, type = "movie", startPosition = 0 }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal(8.5, resumed.StartPosition);
        Assert.Equal(0, fromStart.StartPosition);
        await world.AssertPlaysAsync(resumed);

        // The session knows its title: progress reports land in the viewing history.
        using var progress = await world.Viewer.PostAsJsonAsync($"/api/playback/sessions/{resumed.Id}/progress", new { position = 12 });
        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        var history = await world.Viewer.GetStringAsync("/api/history");
        Assert.Contains("\"position\":12", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_chosen_by_the_viewer_is_played_even_when_not_the_best()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(
            ("Fight.Club.1999.2160p.BluRay.x265-BEST", French, 900), ("Fight.Club.1999.720p.WEB-DL.x264-SMALL", English, 3));
        world.Torrent(French, cached: true, ("best.mkv", 8 * GiB, TestFilms.Film));
        world.Torrent(English, cached: true, ("small.mkv", 2 * GiB, TestFilms.Film));
        var list = await world.Viewer.GetAsync($"/api/releases?tmdbId={FightClub}&type=movie").ReadJsonAsync<ReleaseIds>(HttpStatusCode.OK);
        var chosen = list.Results.Single(r => r.Title.EndsWith("-SMALL", StringComparison.Ordinal));

        var played = await world.PlayAsync(new { tmdbId = FightClub, type = "movie", releaseId = chosen.Id }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal((chosen.Id, "small.mkv"), (played.Release.Id, played.File.Path));
        Assert.Single(played.Attempts);
        await world.PlayAsync(new { tmdbId = FightClub, type = "movie", releaseId = "no-such-release" }).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Errors_say_what_went_wrong()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = query => query.Contains("{TmdbId:550}", StringComparison.Ordinal)
            ? FightClubReleases(("Fight.Club.1999.1080p.BluRay.x264-PACKED", English, 100), ("Fight.Club.1999.CAM.x264-JUNK", French, 999))
            : FightClubReleases(("Game.of.Thrones.S01.CAM-JUNK", French, 5));
        world.Torrent(English, cached: true, ("Fight.Club.1999.1080p.BluRay.x264-PACKED.rar", 8 * GiB, null));

        await world.PlayAsync(new { tmdbId = 999_999, type = "movie" }).ReadProblemAsync(HttpStatusCode.NotFound);
        await world.PlayAsync(new { tmdbId = GameOfThrones, type = "tv", season = 1 }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await world.PlayAsync(new { tmdbId = FightClub, type = "movie", season = 1, episode = 1 }).ReadProblemAsync(HttpStatusCode.BadRequest);

        var nothing = await world.PlayAsync(new { tmdbId = GameOfThrones, type = "tv", season = 1, episode = 1 }).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, nothing.GetProperty("attempts").GetArrayLength());

        var archived = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var attempt = Assert.Single(archived.GetProperty("attempts").EnumerateArray());
        Assert.Equal("no-playable-file", attempt.GetProperty("outcome").GetString());
        Assert.Contains("archive", attempt.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_release_fails_upstream_the_answer_is_502()
    {
        await using var world = await CreateAsync(new Dictionary<string, string?> { ["Play:ReadyTimeout"] = "00:00:00" });
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(("Fight.Club.1999.1080p.BluRay.x264-SLOW", English, 100));
        world.AllDebrid.NeverReadyHashes[English] = true;

        var problem = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal("not-ready", Assert.Single(problem.GetProperty("attempts").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Equal(0, world.AllDebrid.CallsTo("/v4.1/magnet/status"));
    }

    [Theory]
    [InlineData("AllDebrid:ApiKey", "AllDebrid")]
    [InlineData("Prowlarr:ApiKey", "Prowlarr")]
    [InlineData("Tmdb:ApiKey", "TMDB")]
    public async Task An_upstream_that_is_not_configured_answers_503(string missing, string upstream)
    {
        await using var world = await CreateAsync(new Dictionary<string, string?> { [missing] = null });
        world.Prowlarr.ReleasesFor = _ => FightClubReleases(("Fight.Club.1999.1080p.BluRay.x264-ENGRP", English, 900));

        var problem = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(upstream, problem.GetProperty("upstream").GetString());
        Assert.Equal(0, world.AllDebrid.CallsTo("/v4/magnet/upload"));
    }

    private sealed record ReleaseId(string Id, string Title);

    private sealed record ReleaseIds(ReleaseId[] Results);
}
