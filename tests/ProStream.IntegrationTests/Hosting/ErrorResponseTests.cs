using System.Net;
using System.Net.Http.Json;
using System.Text;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Hosting;

/// <summary>Every error a client can cause is an RFC 9457 problem with the right status, never a 500.</summary>
public sealed class ErrorResponseTests
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await using var app = new ProStreamApp();
        using var content = new StringContent("{\"email\": \"a@b.c\", ", Encoding.UTF8, "application/json");

        var problem = await app.Anonymous().PostAsync("/api/auth/register", content).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Wrong_json_types_are_a_400_problem()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("a@example.com");
        using var content = new StringContent("{\"tmdbId\": \"lots\", \"type\": \"movie\"}", Encoding.UTF8, "application/json");

        await client.PostAsync("/api/watchlist", content).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        await using var app = new ProStreamApp();
        var huge = new string('x', 200_000);

        await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "a@b.c", password = huge, displayName = "x" })
            .ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Oversized_chunked_body_is_refused_while_reading()
    {
        await using var app = new ProStreamApp();
        var body = "{\"email\":\"a@b.c\",\"displayName\":\"x\",\"password\":\"" + new string('x', 200_000) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Anonymous().SendAsync(request);
        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Missing_or_empty_body_is_a_400_problem()
    {
        await using var app = new ProStreamApp();
        using var content = new StringContent("", Encoding.UTF8, "application/json");

        await app.Anonymous().PostAsync("/api/auth/login", content).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unauthenticated_call_is_a_401_problem()
    {
        await using var app = new ProStreamApp();
        await app.Anonymous().GetAsync("/api/watchlist").ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        await using var app = new ProStreamApp();
        await app.Anonymous().GetAsync("/api/nothing-here").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_user_id_is_a_404_and_a_malformed_one_is_not_a_500()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");

        await admin.DeleteAsync($"/api/users/{Guid.NewGuid()}").ReadProblemAsync(HttpStatusCode.NotFound);
        await admin.DeleteAsync("/api/users/not-a-guid").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_is_a_405_problem()
    {
        await using var app = new ProStreamApp();
        await app.Anonymous().DeleteAsync("/api/auth/login").ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
