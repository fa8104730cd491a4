using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Playback.Sessions;

namespace ProStream.IntegrationTests.Operations;

/// <summary>Anonymous readiness traffic never starts processes: ffmpeg is checked at start and at most every 30 s.</summary>
public sealed class ReadinessProcessTests
{
    [Fact]
    public async Task Two_hundred_concurrent_readiness_calls_start_no_ffmpeg_and_a_check_is_redone_after_30_s()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new ProStreamApp(services: s => s.AddSingleton<TimeProvider>(clock));
        var client = app.Anonymous();
        var tools = app.Services.GetRequiredService<FfmpegToolCheck>();
        await tools.ProblemAsync();
        var atStart = tools.Runs;

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.GetAsync("/health/ready")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, atStart);
        Assert.Equal(atStart, tools.Runs);
        Assert.Contains("\"name\":\"ffmpeg\",\"status\":\"Healthy\"", await answers[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health/ready")));
        Assert.Equal(1, tools.Runs);
        clock.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health/ready")));
        Assert.Equal(2, tools.Runs);
    }

    [Fact]
    public async Task A_missing_ffmpeg_makes_the_server_not_ready()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Playback:FfmpegPath"] = "/nonexistent/ffmpeg" });

        using var ready = await app.Anonymous().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("cannot be run", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
