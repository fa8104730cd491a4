using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

public sealed class AccountFlowTests
{
    private record UserBody(Guid Id, string Email, string DisplayName, string[] Roles, PreferencesBody Preferences);

    private record PreferencesBody(string? Language, string[] AudioLanguages, string[] SubtitleLanguages, int? MaxResolution);

    [Fact]
    public async Task First_account_is_admin_and_later_ones_are_users()
    {
        await using var app = new ProStreamApp();
        var client = app.Anonymous();

        var first = await client.PostAsJsonAsync("/api/auth/register", new { email = "owner@example.com", password = "owner-password", displayName = "Owner" })
            .ReadJsonAsync<UserBody>(HttpStatusCode.Created);
        var second = await client.PostAsJsonAsync("/api/auth/register", new { email = "kid@example.com", password = "kid-password", displayName = "Kid" })
            .ReadJsonAsync<UserBody>(HttpStatusCode.Created);

        Assert.Equal(["admin"], first.Roles);
        Assert.Equal(["user"], second.Roles);
        Assert.Equal("Kid", second.DisplayName);
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_profile()
    {
        await using var app = new ProStreamApp();
        await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "Ana@Example.com", password = "ana-password", displayName = "Ana" });

        var token = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "ana@example.com", password = "ana-password" })
            .ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);
        Assert.Equal("Bearer", token.TokenType);
        Assert.True(token.ExpiresIn > 0);

        var me = await app.Anonymous().WithToken(token.AccessToken).GetAsync("/api/me").ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        Assert.Equal("Ana@Example.com", me.Email);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("real@example.com", "real-password");
        var client = app.Anonymous();

        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "whatever-pass" })
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "real@example.com", password = "wrong-password" })
            .ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(unknown.GetProperty("detail").GetString(), wrong.GetProperty("detail").GetString());
        Assert.Equal(unknown.GetProperty("title").GetString(), wrong.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Duplicate_email_is_a_conflict_whatever_its_case()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("same@example.com");

        var problem = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "SAME@example.com", password = "another-pass", displayName = "Twin" })
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already exists", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Invalid_registration_lists_each_bad_field()
    {
        await using var app = new ProStreamApp();

        var problem = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = "short", displayName = "" })
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("password", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("displayName", out _), errors.ToString());
    }

    [Fact]
    public async Task Profile_and_preferences_can_be_changed()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var updated = await client.PatchAsJsonAsync("/api/me", new
        {
            displayName = "Cinephile",
            preferences = new { language = "fr-FR", audioLanguages = new[] { "fr", "en" }, subtitleLanguages = new[] { "fr" }, maxResolution = 1080 },
        }).ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        var reread = await client.GetAsync("/api/me").ReadJsonAsync<UserBody>(HttpStatusCode.OK);

        Assert.Equal("Cinephile", reread.DisplayName);
        Assert.Equal(updated.Preferences.AudioLanguages, reread.Preferences.AudioLanguages);
        Assert.Equal(["fr", "en"], reread.Preferences.AudioLanguages);
        Assert.Equal("fr-FR", reread.Preferences.Language);
        Assert.Equal(1080, reread.Preferences.MaxResolution);
    }

    [Fact]
    public async Task Invalid_preferences_are_refused_with_the_field_named()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("viewer@example.com");

        var problem = await client.PatchAsJsonAsync("/api/me", new { preferences = new { language = "french", maxResolution = 999 } })
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("preferences.language", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("preferences.maxResolution", out _), errors.ToString());

        problem = await client.PatchAsJsonAsync("/api/me", new { preferences = new { audioLanguages = new[] { "FRA" } } })
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("audioLanguages", problem.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_password_revokes_older_tokens_and_returns_a_new_one()
    {
        await using var app = new ProStreamApp();
        var client = await app.RegisterAndLoginAsync("me@example.com", "first-password");
        var oldToken = client.DefaultRequestHeaders.Authorization!.Parameter!;

        await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "not-it-at-all", newPassword = "second-password" })
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var fresh = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "first-password", newPassword = "second-password" })
            .ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);

        await app.Anonymous().WithToken(oldToken).GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        await app.Anonymous().WithToken(fresh.AccessToken).GetAsync("/api/me").ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "me@example.com", password = "first-password" })
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        await app.LoginAsync("me@example.com", "second-password");
    }

    [Fact]
    public async Task Closed_registration_refuses_newcomers_but_not_the_first_account()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { ["Auth:AllowRegistration"] = "false" });
        var admin = await app.RegisterAndLoginAsync("owner@example.com");

        var problem = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "stranger@example.com", password = "stranger-pass", displayName = "S" })
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("closed", problem.GetProperty("detail").GetString());

        await admin.PutAsJsonAsync("/api/settings/registration", new { allowRegistration = true }).ReadJsonAsync<JsonElement>(HttpStatusCode.OK);
        await app.RegisterAndLoginAsync("friend@example.com");
    }
}
