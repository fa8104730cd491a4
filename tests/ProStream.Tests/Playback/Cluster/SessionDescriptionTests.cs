using System.Text.Json;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Cluster;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Tests.Playback.Cluster;

/// <summary>A session rebuilt on another instance must plan exactly as the original: same source, position and player.</summary>
public sealed class SessionDescriptionTests
{
    public static TheoryData<string[], bool, bool, double> Players => new()
    {
        { [], false, false, 0 },
        { ["hevc", "eac3", "opus"], true, false, 42.5 },
        { ["av1", "ac3"], false, true, 3600 },
    };

    [Theory]
    [MemberData(nameof(Players))]
    public void Stored_as_json_it_gives_back_the_same_request(string[] codecs, bool multichannel, bool nativeHls, double start)
    {
        var request = new SessionRequest(
            new Uri("https://debrid.example/dl/abc/film.mkv?token=x"), start, new ClientProfile(codecs, multichannel, nativeHls),
            new PlayedTitle(MediaType.Tv, 1399, 1, 2));
        var id = Guid.NewGuid();
        var owner = Guid.NewGuid();

        var stored = JsonSerializer.Serialize(SessionDescription.From(id, owner, "file-token", request));
        var restored = JsonSerializer.Deserialize<SessionDescription>(stored)!;
        var rebuilt = restored.ToRequest();

        Assert.Equal((id, owner, "file-token"), (restored.Id, restored.OwnerId, restored.Token));
        Assert.Equal(request.Url, rebuilt.Url);
        Assert.Equal(request.StartPosition, rebuilt.StartPosition);
        Assert.Equal(request.Label, rebuilt.Label);
        Assert.Equal(request.Client.Codecs, rebuilt.Client.Codecs);
        Assert.Equal(request.Client.Multichannel, rebuilt.Client.Multichannel);
        Assert.Equal(request.Client.NativeHls, rebuilt.Client.NativeHls);
    }

    [Fact]
    public void Without_an_instance_id_the_host_name_is_used()
    {
        Assert.Equal(Environment.MachineName, new ClusterOptions().ResolveInstanceId());
        Assert.Equal("node-7", new ClusterOptions { InstanceId = "node-7" }.ResolveInstanceId());
    }
}
