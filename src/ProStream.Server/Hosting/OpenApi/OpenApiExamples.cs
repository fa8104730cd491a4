using System.Text.Json.Nodes;
using ProStream.Server.Debrid;
using ProStream.Server.Identity;
using ProStream.Server.Identity.ApiKeys;
using ProStream.Server.Library;
using ProStream.Server.Play;
using ProStream.Server.Playback.Endpoints;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>Example bodies shown in the API reference, by the type a request or response carries.</summary>
public static class OpenApiExamples
{
    private static readonly Dictionary<Type, Func<JsonNode>> ByType = new()
    {
        [typeof(RegisterRequest)] = () => new JsonObject
        {
            ["email"] = "viewer@example.com", ["password"] = "correct horse battery", ["displayName"] = "Viewer",
        },
        [typeof(LoginRequest)] = () => new JsonObject { ["email"] = "viewer@example.com", ["password"] = "correct horse battery" },
        [typeof(TokenResponse)] = () => new JsonObject
        {
            ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…", ["tokenType"] = "Bearer", ["expiresIn"] = 3600,
        },
        [typeof(ChangePasswordRequest)] = () => new JsonObject
        {
            ["currentPassword"] = "correct horse battery", ["newPassword"] = "battery staple horse",
        },
        [typeof(AddToWatchlistRequest)] = () => new JsonObject
        {
            ["tmdbId"] = 438631, ["type"] = "movie", ["title"] = "Dune", ["posterPath"] = "/d5NXSklXo0qyIYkgV94XAgMIckC.jpg",
        },
        [typeof(PlayRequest)] = () => new JsonObject
        {
            ["tmdbId"] = 1399, ["type"] = "tv", ["season"] = 1, ["episode"] = 2, ["clientCodecs"] = new JsonArray("h264", "aac"),
        },
        [typeof(CreateSessionRequest)] = () => new JsonObject
        {
            ["url"] = "https://debrid.example/dl/abc123/film.mkv", ["startPosition"] = 0, ["clientCodecs"] = new JsonArray("h264", "aac"),
        },
        [typeof(AddMagnetRequest)] = () => new JsonObject { ["releaseId"] = "c2VhcmNoOjQzODYzMToxMjM0" },
        [typeof(UnlockRequest)] = () => new JsonObject { ["link"] = "https://alldebrid.com/f/AbCdEf123" },
        [typeof(CreateApiKeyRequest)] = () => new JsonObject { ["name"] = "nightly watchlist sync" },
        [typeof(CreatedApiKeyDto)] = () => new JsonObject
        {
            ["id"] = "0193a5c8-7d2e-7b1a-9f3c-2e4d5a6b7c8d", ["name"] = "nightly watchlist sync", ["prefix"] = "psk_Xq3vT9aL",
            ["createdAt"] = "2026-12-02T09:30:00+00:00", ["key"] = "psk_Xq3vT9aLk2Rm8WnB4cYd7Hs1Fg6Jp0Ze5Ut3Vo9Qi2Ax",
        },
        [typeof(Hosting.Backup.BackupDto)] = () => new JsonObject
        {
            ["name"] = "prostream-20261202-093000.db", ["sizeBytes"] = 1048576, ["createdAt"] = "2026-12-02T09:30:00+00:00",
        },
    };

    public static JsonNode? For(Type? type) => type is not null && ByType.TryGetValue(type, out var example) ? example() : null;

    public static JsonNode Problem(int status, string? instance) => new JsonObject
    {
        ["type"] = "about:blank",
        ["title"] = ProblemResponses.Title(status),
        ["status"] = status,
        ["detail"] = ProblemResponses.Description(status),
        ["instance"] = instance,
        ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    };
}
