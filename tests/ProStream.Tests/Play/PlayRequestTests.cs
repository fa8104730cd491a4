using System.ComponentModel.DataAnnotations;
using ProStream.Server.Library;
using ProStream.Server.Play;

namespace ProStream.Tests.Play;

public sealed class PlayRequestTests
{
    [Theory]
    [InlineData(MediaType.Movie, null, null, true)]
    [InlineData(MediaType.Movie, 1, null, false)]
    [InlineData(MediaType.Movie, 1, 2, false)]
    [InlineData(MediaType.Tv, 1, 2, true)]
    [InlineData(MediaType.Tv, 1, null, false)]
    [InlineData(MediaType.Tv, null, 2, false)]
    [InlineData(MediaType.Tv, null, null, false)]
    public void Season_and_episode_go_together_and_only_with_tv(MediaType type, int? season, int? episode, bool valid)
    {
        var request = new PlayRequest(550, type, season, episode, null, null, null);

        Assert.Equal(valid, !request.Validate(new ValidationContext(request)).Any());
    }
}
