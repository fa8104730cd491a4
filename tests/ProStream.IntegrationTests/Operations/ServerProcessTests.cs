using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Operations;

/// <summary>The server as an operator runs it: its own process, configured by environment.</summary>
public sealed class ServerProcessTests : IDisposable
{
    private readonly string _dataDir = TestDirectory.Create("process");

    [Fact]
    public async Task Logs_are_one_json_object_per_line_with_trace_ids_and_no_secrets()
    {
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["ProStream__DataDir"] = _dataDir,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
        Assert.True(await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(180)), "not ready: " + server.Stderr);

        using var client = new HttpClient { BaseAddress = server.Address };
        const string password = "super-secret-password-42";
        await client.PostAsJsonAsync("/api/auth/register", new { email = "log@example.com", password, displayName = "Log" });
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "log@example.com", password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me?access_token=" + token);
        request.Headers.Authorization = new("Bearer", token);
        await client.SendAsync(request);

        var lines = await WaitForLinesAsync(server, l => l.Contains("/api/me", StringComparison.Ordinal));
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Timestamp", out _), line);
            Assert.DoesNotContain(password, line, StringComparison.Ordinal);
            Assert.DoesNotContain(token, line, StringComparison.Ordinal);
        }

        var requestLine = lines.Single(l => l.Contains("\"/api/me\"", StringComparison.Ordinal));
        Assert.Contains("\"TraceId\"", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":200", requestLine.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_signing_key_exits_non_zero_with_a_clear_message()
    {
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["ProStream__DataDir"] = _dataDir,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(180));

        Assert.NotEqual(0, exitCode);
        var output = string.Join('\n', server.StdoutLines) + server.Stderr;
        Assert.Contains("Auth__SigningKey", output, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> WaitForLinesAsync(ServerProcess server, Func<string, bool> until)
    {
        for (var attempt = 0; attempt < 1200 && !server.StdoutLines.Any(until); attempt++)
        {
            await Task.Delay(100);
        }

        return server.StdoutLines;
    }

    public void Dispose() => TestDirectory.Delete(_dataDir);
}
