using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

/// <summary>Scripts sign in with a named key sent as <c>X-Api-Key</c>; its owner and admins can end it at once.</summary>
public sealed class ApiKeyTests
{
    private sealed record CreatedKey(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, string Key);

    private sealed record KeyBody(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

    private sealed record AdminKeyBody(Guid Id, string Name, Guid UserId, string UserEmail);

    private sealed record MeBody(Guid Id, string Email, string[] Roles);

    [Fact]
    public async Task A_key_acts_as_its_owner_is_shown_once_and_stored_only_as_a_hash()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" });
        await app.RegisterAndLoginAsync("owner@example.com");
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");

        var created = await CreateAsync(viewer, "nightly sync");
        Assert.StartsWith("psk_", created.Key, StringComparison.Ordinal);
        Assert.StartsWith(created.Prefix, created.Key, StringComparison.Ordinal);

        var script = WithKey(app, created.Key);
        var me = await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);
        Assert.Equal("viewer@example.com", me.Email);
        Assert.Equal(["user"], me.Roles);
        await script.PostAsJsonAsync("/api/watchlist", new { tmdbId = 603, type = "movie", title = "The Matrix" })
            .ReadJsonOrEmpty(HttpStatusCode.Created);
        // A viewer's key carries a viewer's rights, no more.
        await script.GetAsync("/api/users").ReadProblemAsync(HttpStatusCode.Forbidden);

        var listed = await viewer.GetAsync("/api/me/api-keys").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, listed.GetArrayLength());
        Assert.DoesNotContain(created.Key, listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("nightly sync", listed[0].GetProperty("name").GetString());

        // The database holds no secret: the key's characters after its prefix appear in none of its files.
        var secretPart = created.Key[created.Prefix.Length..];
        foreach (var file in Directory.GetFiles(app.DataDir, "prostream.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.DoesNotContain(secretPart, System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_revoked_unknown_or_malformed_key_is_refused_with_a_problem_saying_why()
    {
        await using var app = new ProStreamApp();
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var created = await CreateAsync(owner, "ci");
        var script = WithKey(app, created.Key);
        await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);

        await owner.DeleteAsync($"/api/me/api-keys/{created.Id}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

        var revoked = await script.GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("unknown or was revoked", revoked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var malformed = await WithKey(app, "letmein").GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("does not hold an API key", malformed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await owner.GetAsync("/api/me/api-keys").ReadJsonAsync<KeyBody[]>(HttpStatusCode.OK));
        await owner.DeleteAsync($"/api/me/api-keys/{created.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_user_can_neither_see_nor_revoke_my_key_but_an_admin_can()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var alice = await app.RegisterAndLoginAsync("alice@example.com");
        var bob = await app.RegisterAndLoginAsync("bob@example.com");
        var aliceKey = await CreateAsync(alice, "alice's script");
        var bobKey = await CreateAsync(bob, "bob's script");

        await bob.DeleteAsync($"/api/me/api-keys/{aliceKey.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([bobKey.Id], (await bob.GetAsync("/api/me/api-keys").ReadJsonAsync<KeyBody[]>(HttpStatusCode.OK)).Select(k => k.Id));
        await alice.GetAsync("/api/admin/api-keys").ReadProblemAsync(HttpStatusCode.Forbidden);
        await alice.DeleteAsync($"/api/admin/api-keys/{bobKey.Id}").ReadProblemAsync(HttpStatusCode.Forbidden);
        await WithKey(app, aliceKey.Key).GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);

        var all = await admin.GetAsync("/api/admin/api-keys").ReadJsonAsync<AdminKeyBody[]>(HttpStatusCode.OK);
        Assert.Equal(
            [("bob@example.com", "bob's script"), ("alice@example.com", "alice's script")],
            all.Select(k => (k.UserEmail, k.Name)));
        await admin.DeleteAsync($"/api/admin/api-keys/{aliceKey.Id}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

        await WithKey(app, aliceKey.Key).GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        await WithKey(app, bobKey.Key).GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);
        await admin.DeleteAsync($"/api/admin/api-keys/{Guid.NewGuid()}").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_demoted_admins_key_loses_admin_at_once_and_a_deleted_users_key_stops_working()
    {
        await using var app = new ProStreamApp();
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var deputy = await app.RegisterAndLoginAsync("deputy@example.com");
        var deputyId = (await deputy.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK)).Id;
        await owner.PatchAsJsonAsync($"/api/users/{deputyId}", new { role = "admin" }).ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        var key = await CreateAsync(deputy, "admin script");
        var script = WithKey(app, key.Key);
        await script.GetAsync("/api/users").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);

        await owner.PatchAsJsonAsync($"/api/users/{deputyId}", new { role = "user" }).ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        await script.GetAsync("/api/users").ReadProblemAsync(HttpStatusCode.Forbidden);
        await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);

        await owner.DeleteAsync($"/api/users/{deputyId}").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        await script.GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Empty(await owner.GetAsync("/api/admin/api-keys").ReadJsonAsync<AdminKeyBody[]>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_key_revoked_on_one_instance_is_refused_by_another_at_once()
    {
        var dataDir = TestDirectory.Create("shared-keys");
        var (settings, postgres) = TestDatabases.Shared();
        settings["Auth:SigningKey"] = "api-key-instances-test-key-0123456789abcdef";
        try
        {
            await using var first = new ProStreamApp(settings, dataDir: dataDir);
            await using var second = new ProStreamApp(settings, dataDir: dataDir);
            var owner = await first.RegisterAndLoginAsync("owner@example.com");
            var key = await CreateAsync(owner, "roaming script");
            await WithKey(second, key.Key).GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);

            await owner.DeleteAsync($"/api/me/api-keys/{key.Id}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

            // No broadcast needed (no Redis here): each request looks its key up.
            await WithKey(second, key.Key).GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
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

    [Fact]
    public async Task A_key_cannot_create_keys_and_names_are_validated()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Auth:MaxApiKeysPerUser"] = "2" });
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var key = await CreateAsync(owner, "first");

        var minted = await WithKey(app, key.Key).PostAsJsonAsync("/api/me/api-keys", new { name = "escape hatch" }).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("sign in", minted.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await owner.PostAsJsonAsync("/api/me/api-keys", new { name = "" }).ReadProblemAsync(HttpStatusCode.BadRequest);
        await owner.PostAsJsonAsync("/api/me/api-keys", new { name = new string('x', 101) }).ReadProblemAsync(HttpStatusCode.BadRequest);

        await CreateAsync(owner, "second");
        var third = await owner.PostAsJsonAsync("/api/me/api-keys", new { name = "third" }).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("revoke one", third.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_use_is_recorded_at_most_once_a_minute()
    {
        // Whole seconds: SQLite keeps times to 0.1 ms.
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var app = new ProStreamApp(services: s => s.AddSingleton<TimeProvider>(clock));
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var key = await CreateAsync(owner, "cron");
        Assert.Null((await ListAsync(owner)).LastUsedAt);

        var script = WithKey(app, key.Key);
        await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);
        var first = (await ListAsync(owner)).LastUsedAt;
        Assert.Equal(clock.GetUtcNow(), first);

        clock.Advance(TimeSpan.FromSeconds(30));
        await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);
        Assert.Equal(first, (await ListAsync(owner)).LastUsedAt);

        clock.Advance(TimeSpan.FromSeconds(31));
        await script.GetAsync("/api/me").ReadJsonAsync<MeBody>(HttpStatusCode.OK);
        Assert.Equal(clock.GetUtcNow(), (await ListAsync(owner)).LastUsedAt);
    }

    [Fact]
    public async Task Each_key_has_its_own_rate_limit_budget_apart_from_its_owners_session()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["RateLimiting:Global:PermitLimit"] = "5" });
        var owner = await app.RegisterAndLoginAsync("owner@example.com");
        var first = WithKey(app, (await CreateAsync(owner, "busy script")).Key);
        var second = WithKey(app, (await CreateAsync(owner, "quiet script")).Key);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await first.GetAsync("/api/watchlist");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await second.GetAsync("/api/watchlist");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using var browser = await owner.GetAsync("/api/watchlist");
        Assert.Equal(HttpStatusCode.OK, browser.StatusCode);
    }

    [Fact]
    public async Task The_api_reference_documents_the_key_scheme_and_the_key_operations()
    {
        await using var app = new ProStreamApp();
        var document = await app.Anonymous().GetAsync("/openapi/v1.json").ReadJsonAsync<JsonElement>(HttpStatusCode.OK);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        var create = document.GetProperty("paths").GetProperty("/api/me/api-keys").GetProperty("post");
        Assert.Equal("postMeApiKeys", create.GetProperty("operationId").GetString());
        Assert.Equal(
            ["ApiKey", "Bearer"],
            create.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Order());
        foreach (var status in new[] { "400", "401", "403", "409", "429" })
        {
            Assert.True(create.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        Assert.True(create.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        var revokeAny = document.GetProperty("paths").GetProperty("/api/admin/api-keys/{id}").GetProperty("delete");
        Assert.True(revokeAny.GetProperty("responses").TryGetProperty("404", out _));
        var backup = document.GetProperty("paths").GetProperty("/api/admin/backup").GetProperty("post");
        Assert.True(backup.GetProperty("responses").TryGetProperty("409", out _));
    }

    private static async Task<CreatedKey> CreateAsync(HttpClient client, string name) =>
        await client.PostAsJsonAsync("/api/me/api-keys", new { name }).ReadJsonAsync<CreatedKey>(HttpStatusCode.Created);

    private static async Task<KeyBody> ListAsync(HttpClient client) =>
        (await client.GetAsync("/api/me/api-keys").ReadJsonAsync<KeyBody[]>(HttpStatusCode.OK)).Single();

    private static HttpClient WithKey(ProStreamApp app, string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
