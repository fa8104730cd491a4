using System.Net;
using System.Net.Http.Json;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

public sealed class UserAdministrationTests
{
    private record UserBody(Guid Id, string Email, string[] Roles);

    [Fact]
    public async Task Users_cannot_reach_admin_endpoints_and_anonymous_callers_are_asked_to_sign_in()
    {
        await using var app = new ProStreamApp();
        await app.RegisterAndLoginAsync("admin@example.com");
        var user = await app.RegisterAndLoginAsync("user@example.com");

        await user.GetAsync("/api/users").ReadProblemAsync(HttpStatusCode.Forbidden);
        await user.PutAsJsonAsync("/api/settings/registration", new { allowRegistration = false }).ReadProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = await app.Anonymous().GetAsync("/api/users");
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Admin_lists_promotes_and_deletes_users()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var user = await app.RegisterAndLoginAsync("user@example.com");

        var users = await admin.GetAsync("/api/users").ReadJsonAsync<UserBody[]>(HttpStatusCode.OK);
        Assert.Equal(["admin@example.com", "user@example.com"], users.Select(u => u.Email));
        var target = users[1];

        await admin.PatchAsJsonAsync($"/api/users/{target.Id}", new { role = "admin" }).ReadJsonAsync<UserBody>(HttpStatusCode.OK);
        // The role comes from the database, so the promoted user's existing token is admin at once.
        await user.GetAsync("/api/users").ReadJsonAsync<UserBody[]>(HttpStatusCode.OK);

        await admin.DeleteAsync($"/api/users/{target.Id}").ReadJsonOrEmpty(HttpStatusCode.NoContent);
        await user.GetAsync("/api/me").ReadProblemAsync(HttpStatusCode.Unauthorized);
        await admin.DeleteAsync($"/api/users/{target.Id}").ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_deleted()
    {
        await using var app = new ProStreamApp();
        var admin = await app.RegisterAndLoginAsync("admin@example.com");
        var me = (await admin.GetAsync("/api/users").ReadJsonAsync<UserBody[]>(HttpStatusCode.OK)).Single();

        await admin.PatchAsJsonAsync($"/api/users/{me.Id}", new { role = "user" }).ReadProblemAsync(HttpStatusCode.Conflict);
        await admin.DeleteAsync($"/api/users/{me.Id}").ReadProblemAsync(HttpStatusCode.Conflict);
        await admin.PatchAsJsonAsync($"/api/users/{me.Id}", new { role = "superuser" }).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
