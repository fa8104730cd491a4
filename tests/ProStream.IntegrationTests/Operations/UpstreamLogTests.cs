using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProStream.IntegrationTests.Fakes;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

/// <summary>
/// The server's own JSON log lines (its process, its console) while an upstream fails once and the retry
/// succeeds: every line the request causes carries its TraceId, and the retry is one short line.
/// </summary>
public sealed class UpstreamLogTests : IDisposable
{
    private readonly string _dataDir = TestDirectory.Create("upstream-logs");

    [Fact]
    public async Task A_retried_upstream_call_logs_one_short_line_per_retry_all_with_the_requests_trace_id()
    {
        await using var tmdb = new FakeTmdbServer();
        await using var prowlarr = new FakeProwlarrServer { SearchFailuresLeft = 1 };
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["ProStream__DataDir"] = _dataDir,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Tmdb__BaseUrl"] = tmdb.ApiBase,
            ["Tmdb__ApiKey"] = FakeTmdbServer.ApiKey,
            ["Prowlarr__BaseUrl"] = prowlarr.BaseAddress.ToString(),
            ["Prowlarr__ApiKey"] = FakeProwlarrServer.ApiKey,
        });
        Assert.True(await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(180)), "not ready: " + server.Stderr);
        using var client = new HttpClient { BaseAddress = server.Address };
        await client.PostAsJsonAsync("/api/auth/register", new { email = "logs@example.com", password = "correct horse battery", displayName = "Logs" });
        var token = await client.PostAsJsonAsync("/api/auth/login", new { email = "logs@example.com", password = "correct horse battery" })
            .ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);

        using var search = await client.GetAsync($"/api/releases?tmdbId={TmdbData.Dune}&type=movie");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(2, prowlarr.Searches.Count);

        var requestLine = await WaitForAsync(server, line => line.Message.Contains("/api/releases", StringComparison.Ordinal));
        var traceId = requestLine.TraceId ?? throw new InvalidOperationException($"The request line has no TraceId: {requestLine.Raw}");
        var upstreamLines = server.StdoutLines.Select(LogLine.Parse).Where(l => l.Category.EndsWith("UpstreamLoggingHandler", StringComparison.Ordinal)).ToList();
        // Both attempts (503, then 200) and the retry between them, each in the request's trace.
        Assert.Equal(2, upstreamLines.Count(l => l.Message.StartsWith("Prowlarr GET /api/v1/search", StringComparison.Ordinal)));
        Assert.All(upstreamLines, l => Assert.Equal(traceId, l.TraceId));
        var retry = Assert.Single(server.StdoutLines.Select(LogLine.Parse), l => l.Message.Contains("retrying", StringComparison.Ordinal));
        // The delay has jitter.
        Assert.Matches(@"^Prowlarr attempt 1 failed \(HTTP 503\); retrying in \d+ ms$", retry.Message);
        Assert.Equal((traceId, "Warning"), (retry.TraceId, retry.Level));
        Assert.True(retry.Raw.Length < 1024, $"A retry is one short line: {retry.Raw.Length} characters");

        // Nothing the server wrote carries a stack trace: no Polly telemetry with its exception.
        Assert.All(server.StdoutLines, line => Assert.DoesNotContain("   at ", line, StringComparison.Ordinal));
        Assert.DoesNotContain(server.StdoutLines, line => line.Contains("\"Category\":\"Polly", StringComparison.Ordinal));
    }

    private static async Task<LogLine> WaitForAsync(ServerProcess server, Func<LogLine, bool> match)
    {
        // Console output is asynchronous: wait for the line, generously (a loaded machine is slow, never wrong).
        for (var i = 0; i < 600; i++)
        {
            if (server.StdoutLines.Select(LogLine.Parse).FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The line never came. Output:\n" + string.Join('\n', server.StdoutLines));
    }

    public void Dispose() => TestDirectory.Delete(_dataDir);

    /// <summary>One line of the JSON console formatter: category, level, message and the TraceId of its scopes.</summary>
    private sealed record LogLine(string Raw, string Category, string Level, string Message, string? TraceId)
    {
        public static LogLine Parse(string raw)
        {
            try
            {
                using var json = JsonDocument.Parse(raw);
                var root = json.RootElement;
                var traceId = root.TryGetProperty("Scopes", out var scopes)
                    ? scopes.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null)
                    : null;
                return new(raw, Text(root, "Category"), Text(root, "LogLevel"), Text(root, "Message"), traceId);
            }
            catch (JsonException)
            {
                return new(raw, "", "", raw, null);
            }
        }

        private static string Text(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
    }
}
