using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

/// <summary>With registration closed, the admin adds people with one-time links naming their role.</summary>
public sealed class InvitationTests
{
    private sealed record CreatedBody(Guid Id, string Role, DateTimeOffset ExpiresAt, string Token, string Link);

    private sealed record InvitationBody(Guid Id, string Role, string State, Guid? UsedBy);

    private sealed record UserBody(Guid Id, string Email, string[] Roles);

    private static readonly Dictionary<string, string?> Closed = new() { ["Auth:AllowRegistration"] = "false" };

    [Fact]
    public async Task An_invitation_creates_one_account_with_its_role_while_registration_is_closed()
    {
        await using var app = new ProStreamApp(Closed);
        var admin = await app.RegisterAndLoginAsync("owner@example.com");
        await RegisterAsync(app, "stranger@example.com", null).ReadProblemAsync(HttpStatusCode.Forbidden);

        var friend = await admin.PostAsJsonAsync("/api/admin/invitations", new { role = "user" }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        var partner = await admin.PostAsJsonAsync("/api/admin/invitations", new { role = "admin" }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        Assert.Equal($"/register?invite={friend.Token}", friend.Link);

        var friendUser = await RegisterAsync(app, "friend@example.com", friend.Token).ReadJsonAsync<UserBody>(HttpStatusCode.Created);
        var partnerUser = await RegisterAsync(app, "partner@example.com", partner.Token).ReadJsonAsync<UserBody>(HttpStatusCode.Created);
        Assert.Equal(["user"], friendUser.Roles);
        Assert.Equal(["admin"], partnerUser.Roles);

        var reused = await RegisterAsync(app, "second@example.com", friend.Token).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("already used", reused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknown = await RegisterAsync(app, "guess@example.com", "not-a-token").ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not valid", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var list = await admin.GetAsync("/api/admin/invitations").ReadJsonAsync<InvitationBody[]>(HttpStatusCode.OK);
        Assert.Equal([("admin", "used", partnerUser.Id), ("user", "used", friendUser.Id)], list.Select(i => (i.Role, i.State.ToLowerInvariant(), i.UsedBy!.Value)));
    }

    [Fact]
    public async Task A_revoked_invitation_is_refused_and_only_admins_manage_invitations()
    {
        await using var app = new ProStreamApp(Closed);
        var admin = await app.RegisterAndLoginAsync("owner@example.com");
        var invitation = await admin.PostAsJsonAsync("/api/admin/invitations", new { }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        Assert.Equal("user", invitation.Role);

        await admin.DeleteAsync($"/api/admin/invitations/{invitation.Id}").ReadJsonOrEmpty(HttpStatusCode.NoContent);

        var revoked = await RegisterAsync(app, "late@example.com", invitation.Token).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("revoked", revoked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await admin.DeleteAsync($"/api/admin/invitations/{Guid.NewGuid()}").ReadProblemAsync(HttpStatusCode.NotFound);
        await admin.PostAsJsonAsync("/api/admin/invitations", new { role = "root" }).ReadProblemAsync(HttpStatusCode.BadRequest);

        var user = await InviteAndSignInAsync(app, admin, "user@example.com");
        await user.PostAsJsonAsync("/api/admin/invitations", new { }).ReadProblemAsync(HttpStatusCode.Forbidden);
        await user.GetAsync("/api/admin/invitations").ReadProblemAsync(HttpStatusCode.Forbidden);
        await app.Anonymous().GetAsync("/api/admin/invitations").ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_invitation_expires_after_its_lifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new ProStreamApp(
            new Dictionary<string, string?>(Closed) { ["Auth:InvitationLifetime"] = "02:00:00" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await app.RegisterAndLoginAsync("owner@example.com");
        var byDefault = await admin.PostAsJsonAsync("/api/admin/invitations", new { }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        var longer = await admin.PostAsJsonAsync("/api/admin/invitations", new { validForHours = 5 }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        Assert.Equal(clock.GetUtcNow().AddHours(2), byDefault.ExpiresAt);

        clock.Advance(TimeSpan.FromHours(3));

        var expired = await RegisterAsync(app, "late@example.com", byDefault.Token).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("expired", expired.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RegisterAsync(app, "in-time@example.com", longer.Token).ReadJsonAsync<UserBody>(HttpStatusCode.Created);
        var states = await admin.GetAsync("/api/admin/invitations").ReadJsonAsync<InvitationBody[]>(HttpStatusCode.OK);
        Assert.Equal(["expired", "used"], states.Select(s => s.State.ToLowerInvariant()).Order());
    }

    [Fact]
    public async Task One_link_used_by_many_at_once_creates_one_account()
    {
        await using var app = new ProStreamApp(Closed);
        var admin = await app.RegisterAndLoginAsync("owner@example.com");
        var invitation = await admin.PostAsJsonAsync("/api/admin/invitations", new { }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RegisterAsync(app, $"racer{i}@example.com", invitation.Token)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        var users = await admin.GetAsync("/api/users").ReadJsonAsync<UserBody[]>(HttpStatusCode.OK);
        Assert.Equal(2, users.Length);
    }

    private static Task<HttpResponseMessage> RegisterAsync(ProStreamApp app, string email, string? invitation) =>
        app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "correct horse battery", displayName = email.Split('@')[0], invitation });

    private static async Task<HttpClient> InviteAndSignInAsync(ProStreamApp app, HttpClient admin, string email)
    {
        var invitation = await admin.PostAsJsonAsync("/api/admin/invitations", new { }).ReadJsonAsync<CreatedBody>(HttpStatusCode.Created);
        await RegisterAsync(app, email, invitation.Token).ReadJsonAsync<JsonElement>(HttpStatusCode.Created);
        return await app.LoginAsync(email, "correct horse battery");
    }
}
