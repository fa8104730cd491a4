using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>Calls the API the way a front end does: JSON in and out, bearer token when signed in.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<HttpClient> RegisterAndLoginAsync(this ProStreamApp app, string email, string password = "correct horse battery", string? name = null)
    {
        var client = app.Anonymous();
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = name ?? email.Split('@')[0] });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        return await app.LoginAsync(email, password);
    }

    public static async Task<HttpClient> LoginAsync(this ProStreamApp app, string email, string password)
    {
        var client = app.Anonymous();
        var token = await client.PostAsJsonAsync("/api/auth/login", new { email, password }).ReadJsonAsync<TokenBody>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<T> ReadJsonAsync<T>(this Task<HttpResponseMessage> response, HttpStatusCode expected)
    {
        using var message = await response;
        var body = await message.Content.ReadAsStringAsync();
        Assert.True(message.StatusCode == expected, $"Expected {(int)expected}, got {(int)message.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and returns its body.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode expected)
    {
        using var message = await response;
        return await message.ReadProblemAsync(expected);
    }

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage message, HttpStatusCode expected)
    {
        var body = await message.Content.ReadAsStringAsync();
        Assert.True(message.StatusCode == expected, $"Expected {(int)expected}, got {(int)message.StatusCode}: {body}");
        Assert.Equal("application/problem+json", message.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public sealed record TokenBody(string AccessToken, string TokenType, int ExpiresIn);
}

public static class EmptyResponse
{
    public static async Task ReadJsonOrEmpty(this Task<HttpResponseMessage> response, System.Net.HttpStatusCode expected)
    {
        using var message = await response;
        Assert.Equal(expected, message.StatusCode);
    }
}
