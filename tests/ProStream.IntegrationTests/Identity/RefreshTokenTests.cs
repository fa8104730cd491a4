using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

/// <summary>Staying signed in: the refresh cookie over real HTTP, its rotation, and every way it ends.</summary>
public sealed class RefreshTokenTests
{
    private const string Password = "correct horse battery";
    private const string CookieName = "prostream_refresh";

    private record UserBody(Guid Id, string Email, string[] Roles);

    [Fact]
    public async Task Login_sets_a_strict_http_only_cookie_for_the_auth_path_and_refresh_rotates_it()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("viewer@example.com");

        var (login, cookie) = await LoginAsync(app, "viewer@example.com");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
        Assert.Equal("/api/auth", cookie.Path.Value);
        Assert.False(cookie.Secure, "plain HTTP on loopback: a Secure cookie would never come back");
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(29));

        var (refreshed, next) = await RefreshAsync(app, cookie.Value.Value!);
        Assert.NotEqual(cookie.Value.Value, next.Value.Value);
        Assert.NotEqual(login.AccessToken, refreshed.AccessToken);
        var me = await app.Anonymous().WithToken(refreshed.AccessToken).GetAsync("/api/me").ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        Assert.Equal("viewer@example.com", me.Email);

        // The successor works in turn.
        await RefreshAsync(app, next.Value.Value!);
    }

    [Fact]
    public async Task Presenting_a_replaced_token_again_ends_the_whole_sign_in()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("viewer@example.com");
        var (_, first) = await LoginAsync(app, "viewer@example.com");
        var (_, second) = await RefreshAsync(app, first.Value.Value!);

        using var reuse = await PostRefreshAsync(app, first.Value.Value!);
        var problem = await reuse.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("every device", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(reuse.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{CookieName}=;", StringComparison.Ordinal));

        // The legitimate holder of the successor is signed out too: someone else has a copy.
        using var successor = await PostRefreshAsync(app, second.Value.Value!);
        await successor.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_out_revokes_the_cookie_and_garbage_or_no_cookie_is_a_401_problem()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("viewer@example.com");
        var (_, cookie) = await LoginAsync(app, "viewer@example.com");
        var (_, other) = await LoginAsync(app, "viewer@example.com");

        using (var logout = await SendAsync(app, "/api/auth/logout", cookie.Value.Value!))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
            Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{CookieName}=;", StringComparison.Ordinal));
        }

        using (var revoked = await PostRefreshAsync(app, cookie.Value.Value!))
        {
            var problem = await revoked.ReadProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("signed out", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Signing out one browser leaves the account's other sign-ins alone.
        await RefreshAsync(app, other.Value.Value!);
        using (var garbage = await PostRefreshAsync(app, new string('x', 500)))
        {
            await garbage.ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        await app.Anonymous().PostAsync("/api/auth/refresh", null).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Password_change_role_change_and_deletion_end_the_accounts_sign_ins()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var viewer = await app.RegisterAndLoginAsync("viewer@example.com");
        var id = (await viewer.GetAsync("/api/me").ReadJsonAsync<UserBody>(HttpStatusCode.OK)).Id;

        // Password change: older sign-ins end, the browser that changed it gets a new one.
        var (_, beforePassword) = await LoginAsync(app, "viewer@example.com");
        using var change = await viewer.PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "a new password" });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        await AssertRefusedAsync(app, beforePassword.Value.Value!);
        await RefreshAsync(app, SetCookie(change).Value.Value!);

        // Role change.
        var (_, beforeRole) = await LoginAsync(app, "viewer@example.com", "a new password");
        await admin.PatchAsJsonAsync($"/api/users/{id}", new { role = "admin" }).ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        await AssertRefusedAsync(app, beforeRole.Value.Value!);

        // Deletion.
        var (_, beforeDeletion) = await LoginAsync(app, "viewer@example.com", "a new password");
        using (var delete = await admin.DeleteAsync($"/api/users/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        await AssertRefusedAsync(app, beforeDeletion.Value.Value!);
    }

    [Fact]
    public async Task A_sign_in_unused_for_its_lifetime_expires_and_each_refresh_extends_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var app = new ProStreamApp(
            new Dictionary<string, string?> { ["Auth:RefreshTokenLifetime"] = "2.00:00:00" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await app.RegisterAndLoginAsync("viewer@example.com");
        var (_, cookie) = await LoginAsync(app, "viewer@example.com");

        clock.Advance(TimeSpan.FromDays(1.5));
        var (_, extended) = await RefreshAsync(app, cookie.Value.Value!);
        clock.Advance(TimeSpan.FromDays(1.5));
        var (_, stillValid) = await RefreshAsync(app, extended.Value.Value!);

        clock.Advance(TimeSpan.FromDays(2));
        using var expired = await PostRefreshAsync(app, stillValid.Value.Value!);
        var problem = await expired.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_a_base_path_the_cookie_is_scoped_to_the_base_paths_auth_endpoints()
    {
        await using var app = new ProStreamApp(new Dictionary<string, string?> { [ProStream.Server.Hosting.BasePath.BasePathModule.Setting] = "/prostream" });
        await app.RegisterAndLoginAsync("viewer@example.com");

        using var login = await app.Anonymous().PostAsJsonAsync("/prostream/api/auth/login", new { email = "viewer@example.com", password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = SetCookie(login);
        Assert.Equal("/prostream/api/auth", cookie.Path.Value);

        using var refresh = await SendAsync(app, "/prostream/api/auth/refresh", cookie.Value.Value!);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    private static async Task<(ApiClient.TokenBody Token, SetCookieHeaderValue Cookie)> LoginAsync(ProStreamApp app, string email, string password = Password)
    {
        using var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password });
        var token = await Task.FromResult(response).ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);
        return (token, SetCookie(response));
    }

    private static async Task<(ApiClient.TokenBody Token, SetCookieHeaderValue Cookie)> RefreshAsync(ProStreamApp app, string cookie)
    {
        using var response = await PostRefreshAsync(app, cookie);
        var token = await Task.FromResult(response).ReadJsonAsync<ApiClient.TokenBody>(HttpStatusCode.OK);
        return (token, SetCookie(response));
    }

    private static async Task AssertRefusedAsync(ProStreamApp app, string cookie)
    {
        using var response = await PostRefreshAsync(app, cookie);
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> PostRefreshAsync(ProStreamApp app, string cookie) => SendAsync(app, "/api/auth/refresh", cookie);

    // The cookie is sent by hand: each call below is one browser presenting one cookie value.
    private static Task<HttpResponseMessage> SendAsync(ProStreamApp app, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("Cookie", $"{CookieName}={cookie}");
        return app.Anonymous().SendAsync(request);
    }

    private static SetCookieHeaderValue SetCookie(HttpResponseMessage response) =>
        SetCookieHeaderValue.ParseList([.. response.Headers.GetValues("Set-Cookie")]).Single(c => c.Name.Value == CookieName);
}
