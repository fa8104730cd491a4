using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.BasePath;
using ProStream.Server.Hosting.RateLimiting;
using ProStream.Server.Identity;

namespace ProStream.Server.Play;

internal static class PlayEndpoints
{
    public static void MapPlayEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/play").WithTags("Play").RequireAuthorization().RequireRateLimiting(RateLimitingModule.SessionsPolicy);
        group.MapPost("", PlayAsync)
            .WithSummary("Play a film or an episode: the best release for the viewer (or releaseId), through AllDebrid, as a playback session.");
    }

    private static async Task<Created<PlayDto>> PlayAsync(PlayRequest request, ClaimsPrincipal user, PlayOrchestrator orchestrator, HttpRequest http, CancellationToken ct)
    {
        var started = await orchestrator.PlayAsync(user.Id(), request, ct);
        return TypedResults.Created($"/api/playback/sessions/{started.Session.Id}", PlayDto.From(started, http));
    }
}
