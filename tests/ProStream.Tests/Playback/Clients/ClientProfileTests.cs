using ProStream.Server.Playback.Clients;

namespace ProStream.Tests.Playback.Clients;

public sealed class ClientProfileTests
{
    [Theory]
    [InlineData(null, "aac,h264")]
    [InlineData("", "aac,h264")]
    [InlineData("H264, HEVC", "aac,h264,hevc")]
    [InlineData("av1", "aac,av1,h264")]
    [InlineData("h264,aac,ac3,eac3,opus,flac", "aac,ac3,eac3,flac,h264,opus")]
    [InlineData("h265,ac-3,ec-3", "aac,ac3,eac3,h264,hevc")]
    [InlineData("vp9,mp3,theora-but-far-too-long-a-name", "aac,h264")]
    public void Codecs_are_the_known_names_given_always_with_what_transcoding_produces(string? given, string expected)
    {
        var profile = ClientProfileRequest.Parse(given is null ? null : [given]);

        Assert.Equal(expected, string.Join(',', profile.Codecs));
    }

    [Fact]
    public void A_client_that_says_nothing_is_the_default_stereo_mse_player()
    {
        var profile = ClientProfileRequest.Parse(null);

        Assert.Equal(ClientProfile.Default.Codecs, profile.Codecs);
        Assert.False(profile.Multichannel);
        Assert.False(profile.NativeHls);
        Assert.True(ClientProfileRequest.Parse(["hevc"], multichannel: true, nativeHls: true) is { Multichannel: true, NativeHls: true });
    }

    [Fact]
    public void At_most_sixteen_names_are_read()
    {
        var profile = ClientProfileRequest.Parse([.. Enumerable.Repeat("x", 16), "hevc"]);

        Assert.DoesNotContain("hevc", profile.Codecs);
    }

    [Theory]
    [InlineData(2, false, 2)]
    [InlineData(6, false, 2)]
    [InlineData(6, true, 6)]
    [InlineData(8, true, 6)]
    [InlineData(1, true, 1)]
    [InlineData(1, false, 1)]
    public void Re_encoded_audio_keeps_5_1_only_for_multichannel_players(int source, bool multichannel, int expected) =>
        Assert.Equal(expected, ClientProfileRequest.Parse(null, multichannel).TranscodedChannels(source));

    [Theory]
    [InlineData(true, true, PlaybackPath.Direct)]
    [InlineData(true, false, PlaybackPath.Remux)]
    [InlineData(false, true, PlaybackPath.Transcode)]
    [InlineData(false, false, PlaybackPath.Transcode)]
    public void Playback_path_rule(bool videoCopied, bool everyAudioCopied, PlaybackPath expected) =>
        Assert.Equal(expected, PlaybackPaths.Of(videoCopied, everyAudioCopied));
}
