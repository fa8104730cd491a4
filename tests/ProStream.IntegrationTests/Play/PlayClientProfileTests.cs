using System.Net;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.IntegrationTests.Playback;
using static ProStream.IntegrationTests.Play.PlayWorld;

namespace ProStream.IntegrationTests.Play;

/// <summary>One client profile decides both the ranking's promise and the session's plan; Play says when it fell back.</summary>
public sealed class PlayClientProfileTests
{
    private const string Hevc = "4444444444444444444444444444444444444444";
    private const string Broken = "5555555555555555555555555555555555555555";
    private const string Good = "6666666666666666666666666666666666666666";
    private const long GiB = 1L << 30;

    [Theory]
    [InlineData("hevc,aac", "direct", "remux")]
    [InlineData("h264,aac", "transcode", "transcode")]
    public async Task The_playback_a_release_promises_is_the_playback_its_session_takes(string codecs, string playback, string mode)
    {
        await TestFilms.GetWithProfileFilmsAsync();
        await using var world = await CreateAsync();
        const string Name = "Fight.Club.1999.1080p.BluRay.10bit.x265.AAC-GRP";
        world.Prowlarr.ReleasesFor = _ => [new FakeRelease(Name, Hevc, Size: 6 * GiB, Seeders: 100)];
        world.Torrent(Hevc, cached: true, (Name + ".mkv", 6 * GiB, TestFilms.Hevc10));

        var listed = await world.Viewer.GetAsync($"/api/releases?tmdbId={FightClub}&type=movie&clientCodecs={codecs}")
            .ReadJsonAsync<ReleaseList>(HttpStatusCode.OK);
        var played = await world.PlayAsync(new { tmdbId = FightClub, type = "movie", clientCodecs = codecs.Split(',') })
            .ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal(playback, Assert.Single(listed.Results).Playback);
        Assert.Equal((playback, mode), (played.Playback, played.Mode));
        await world.AssertPlaysAsync(played);
    }

    [Fact]
    public async Task A_release_whose_file_is_not_a_video_is_passed_over_and_the_answer_says_why()
    {
        await using var world = await CreateAsync();
        world.Prowlarr.ReleasesFor = _ =>
        [
            new FakeRelease("Fight.Club.1999.1080p.BluRay.x264-BROKEN", Broken, Size: 8 * GiB, Seeders: 500),
            new FakeRelease("Fight.Club.1999.720p.BluRay.x264-GOOD", Good, Size: 4 * GiB, Seeders: 50),
        ];
        world.Torrent(Broken, cached: true, ("Fight.Club.1999.1080p.BluRay.x264-BROKEN.mkv", 8 * GiB, "sub.srt"));
        world.Torrent(Good, cached: true, ("Fight.Club.1999.720p.BluRay.x264-GOOD.mkv", 4 * GiB, TestFilms.Film));

        var played = await world.PlayAsync(new { tmdbId = FightClub, type = "movie" }).ReadJsonAsync<PlayBody>(HttpStatusCode.Created);

        Assert.Equal("Fight.Club.1999.720p.BluRay.x264-GOOD", played.Release.Title);
        var fallback = Assert.Single(played.Fallbacks!);
        Assert.Equal(("Fight.Club.1999.1080p.BluRay.x264-BROKEN", "not-media"), (fallback.Title, fallback.Outcome));
        Assert.False(string.IsNullOrWhiteSpace(fallback.Reason));
        await world.AssertPlaysAsync(played);
    }

    private sealed record ReleaseBody(string Title, string Playback);

    private sealed record ReleaseList(ReleaseBody[] Results);
}
