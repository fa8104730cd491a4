using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

/// <summary>
/// Token validation reads each user's role and security stamp from memory; a change to the user must
/// still count on the very next request, on this instance and on the others sharing Redis.
/// </summary>
public sealed class UserAccessCacheTests
{
    [Fact]
    public async Task A_demoted_admin_loses_admin_rights_on_the_next_request()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var other = await app.RegisterAndLoginAsync("other@example.com");
        var otherId = (await other.GetAsync("/api/me").ReadJsonAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("id").GetString();

        await admin.PatchAsJsonAsync($"/api/users/{otherId}", new { role = "admin" }).ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        await other.GetAsync("/api/users").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        var myId = (await admin.GetAsync("/api/me").ReadJsonAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("id").GetString();
        await other.PatchAsJsonAsync($"/api/users/{myId}", new { role = "user" }).ReadJsonAsync<JsonElement>(HttpStatusCode.OK);

        await admin.GetAsync("/api/users").ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_password_changed_on_one_instance_revokes_the_old_token_on_another()
    {
        await using var redis = new RedisServer();
        var dataDir = TestDirectory.Create("shared");
        var (settings, postgres) = TestDatabases.Shared();
        settings["Redis:Configuration"] = redis.Configuration;
        settings["Auth:SigningKey"] = "user-access-cache-test-key-0123456789abcdef";
        try
        {
            await using var first = new ProStreamApp(settings, dataDir: dataDir);
            await using var second = new ProStreamApp(settings, dataDir: dataDir);
            var client = await first.RegisterAndLoginAsync("roamer@example.com", "first-password");
            var oldToken = client.DefaultRequestHeaders.Authorization!.Parameter!;
            // The second instance has the account's access in memory before the change.
            await second.Anonymous().WithToken(oldToken).GetAsync("/api/me").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);

            await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "first-password", newPassword = "second-password" })
                .ReadJsonAsync<JsonElement>(HttpStatusCode.OK);

            // The eviction travels through Redis; well within the cache's own one-minute lifetime.
            var refused = false;
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (!refused && !guard.IsCancellationRequested)
            {
                using var answer = await second.Anonymous().WithToken(oldToken).GetAsync("/api/me");
                refused = answer.StatusCode == HttpStatusCode.Unauthorized;
                await Task.Delay(50);
            }

            Assert.True(refused, "The second instance still accepted the revoked token.");
        }
        finally
        {
            TestDirectory.Delete(dataDir);
            if (postgres is not null)
            {
                await TestDatabases.DropPostgresAsync(postgres);
            }
        }
    }
}
