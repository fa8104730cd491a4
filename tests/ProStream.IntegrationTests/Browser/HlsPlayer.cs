using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace ProStream.IntegrationTests.Browser;

/// <summary>The player page (hls.js on a video element) in one browser context; see player.html for <c>window.player</c>.</summary>
public sealed class HlsPlayer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public HlsPlayer(IBrowserContext context, IPage page)
    {
        _context = context;
        _page = page;
        _page.Request += (_, request) => _requests.Enqueue(request.Url);
        _page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
        _page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _failures.Enqueue($"{response.Status} {response.Url}");
            }
        };
    }

    /// <summary>Every URL the page requested, in order.</summary>
    public IReadOnlyCollection<string> RequestedUrls => _requests;

    public async Task StartAsync(Uri masterPlaylistUrl) =>
        await _page.EvaluateAsync("url => player.start(url)", masterPlaylistUrl.ToString());

    public async Task<T> EvaluateAsync<T>(string expression) => await _page.EvaluateAsync<T>(expression);

    public async Task EvaluateAsync(string expression, object? argument = null) => await _page.EvaluateAsync(expression, argument);

    /// <summary>Waits until a JavaScript condition holds; on timeout, fails with the player's state.</summary>
    public async Task WaitUntilAsync(string what, string condition, TimeSpan? timeout = null)
    {
        try
        {
            await _page.WaitForFunctionAsync(
                $"() => {condition}",
                null,
                new PageWaitForFunctionOptions { Timeout = (float)(timeout ?? DefaultTimeout).TotalMilliseconds, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Timed out waiting until {what} ({condition}). Player: {await SnapshotAsync()}");
        }
    }

    /// <summary>The player's state as JSON, failed requests, the page's console and what was fetched, for failure messages.</summary>
    public async Task<string> SnapshotAsync()
    {
        var snapshot = await _page.EvaluateAsync<JsonElement>("player.snapshot()");
        return $"{snapshot.GetRawText()}; failed requests: [{string.Join(" | ", _failures)}]; console: [{string.Join(" | ", _console)}]; "
            + $"requests: [{string.Join(" ", _requests.Select(LastTwoPathSegments))}]";
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static string LastTwoPathSegments(string url) => string.Join('/', new Uri(url).AbsolutePath.Split('/')[^2..]);
}
