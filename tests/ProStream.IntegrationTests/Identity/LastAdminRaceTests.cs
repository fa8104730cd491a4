using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProStream.IntegrationTests.Infrastructure;
using ProStream.Server.Data;

namespace ProStream.IntegrationTests.Identity;

/// <summary>Two admins acting on each other at the same moment never leave the server without an admin.</summary>
public sealed class LastAdminRaceTests
{
    private sealed record UserBody(Guid Id, string Email, string[] Roles);

    [Fact]
    public async Task Admins_demoting_each_other_at_once_leave_exactly_one_admin_every_round()
    {
        await using var app = new ProStreamApp();
        var clients = new[] { await app.RegisterAndLoginAsync("first@example.com"), await app.RegisterAndLoginAsync("second@example.com") };
        var ids = await IdsAsync(app, "first@example.com", "second@example.com");

        for (var round = 0; round < 25; round++)
        {
            var admin = Array.IndexOf(ids, (await AdminIdsAsync(app)).Single());
            await clients[admin].PatchAsJsonAsync($"/api/users/{ids[1 - admin]}", new { role = "admin" }).ReadJsonAsync<UserBody>(HttpStatusCode.OK);

            var answers = await Task.WhenAll(
                clients[0].PatchAsJsonAsync($"/api/users/{ids[1]}", new { role = "user" }),
                clients[1].PatchAsJsonAsync($"/api/users/{ids[0]}", new { role = "user" }));

            var statuses = string.Join(", ", answers.Select(a => (int)a.StatusCode));
            Assert.True((await AdminIdsAsync(app)).Count == 1, $"Round {round}: answers {statuses}.");
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Admins_deleting_each_other_at_once_leave_exactly_one_admin_every_round()
    {
        // Sixteen sign-ups and sign-ins from one address: more than the auth rate limit allows by default.
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["RateLimiting:Auth:PermitLimit"] = "1000" });
        var survivor = await app.RegisterAndLoginAsync("round-0@example.com");
        var survivorId = (await IdsAsync(app, "round-0@example.com"))[0];

        for (var round = 1; round <= 15; round++)
        {
            var email = $"round-{round}@example.com";
            var newcomer = await app.RegisterAndLoginAsync(email);
            var newcomerId = (await IdsAsync(app, email))[0];
            await survivor.PatchAsJsonAsync($"/api/users/{newcomerId}", new { role = "admin" }).ReadJsonAsync<UserBody>(HttpStatusCode.OK);

            var answers = await Task.WhenAll(survivor.DeleteAsync($"/api/users/{newcomerId}"), newcomer.DeleteAsync($"/api/users/{survivorId}"));

            var statuses = string.Join(", ", answers.Select(a => (int)a.StatusCode));
            var left = await AdminIdsAsync(app);
            Assert.True(left.Count == 1, $"Round {round}: answers {statuses}, {left.Count} admins left.");
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
            (survivor, survivorId) = left[0] == survivorId ? (survivor, survivorId) : (newcomer, newcomerId);
        }
    }

    private static async Task<List<Guid>> AdminIdsAsync(ProStreamApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStreamDbContext>();
        return await db.Users.Where(u => u.Role == "admin").Select(u => u.Id).ToListAsync();
    }

    private static async Task<Guid[]> IdsAsync(ProStreamApp app, params string[] emails)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProStreamDbContext>();
        var users = await db.Users.ToListAsync();
        return [.. emails.Select(e => users.Single(u => u.Email == e).Id)];
    }
}
