using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using ProStream.IntegrationTests.Infrastructure;

namespace ProStream.IntegrationTests.Identity;

/// <summary>A token is accepted only when signed with the server's key, HS256, current and meant for it.</summary>
public sealed class TokenTamperingTests
{
    private const string Key = "a-test-signing-key-that-is-long-enough-for-hs256";

    private static ProStreamApp NewApp() => new(new Dictionary<string, string?> { ["Auth:SigningKey"] = Key });

    [Fact]
    public async Task A_genuine_token_is_accepted()
    {
        await using var app = NewApp();
        var client = await app.RegisterAndLoginAsync("a@example.com");
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;

        await AssertStatus(app, Sign(Payload(token), Key), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_rejected()
    {
        await using var app = NewApp();
        var token = await GenuineToken(app);
        var forged = $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url(Payload(token).ToJsonString())}.";

        await AssertStatus(app, forged, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_rejected()
    {
        await using var app = NewApp();
        var token = await GenuineToken(app);

        await AssertStatus(app, Sign(Payload(token), "another-key-of-sufficient-length-for-hmac-sha256"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        await using var app = NewApp();
        var payload = Payload(await GenuineToken(app));
        var past = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
        payload["iat"] = past - 60;
        payload["nbf"] = past - 60;
        payload["exp"] = past;

        await AssertStatus(app, Sign(payload, Key), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_for_another_audience_or_issuer_is_rejected()
    {
        await using var app = NewApp();
        var payload = Payload(await GenuineToken(app));
        payload["aud"] = "someone-else";
        await AssertStatus(app, Sign(payload, Key), HttpStatusCode.Unauthorized);

        payload = Payload(await GenuineToken(app, "b@example.com"));
        payload["iss"] = "evil";
        await AssertStatus(app, Sign(payload, Key), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Role_claim_edited_in_a_resigned_token_gives_no_admin_rights()
    {
        await using var app = NewApp();
        await app.RegisterAndLoginAsync("admin@example.com");
        var payload = Payload(await GenuineToken(app, "user@example.com"));
        payload["role"] = "admin";

        // Even with the right key the role comes from the database, not from the token.
        using var response = await app.Anonymous().WithToken(Sign(payload, Key)).GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_in_the_authorization_header_is_a_401()
    {
        await using var app = NewApp();
        await AssertStatus(app, "not.a.jwt", HttpStatusCode.Unauthorized);
    }

    private static async Task<string> GenuineToken(ProStreamApp app, string email = "a@example.com")
    {
        var client = await app.RegisterAndLoginAsync(email);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private static async Task AssertStatus(ProStreamApp app, string token, HttpStatusCode expected)
    {
        using var response = await app.Anonymous().WithToken(token).GetAsync("/api/me");
        Assert.Equal(expected, response.StatusCode);
    }

    private static JsonObject Payload(string token) =>
        JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]))!.AsObject();

    private static string Sign(JsonObject payload, string key)
    {
        var unsigned = $"{Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Base64Url(payload.ToJsonString())}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
