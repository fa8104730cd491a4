using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.BasePath;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.RateLimiting;
using ProStream.Server.Identity;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Endpoints;

public static class PlaybackSessionEndpoints
{
    public static IEndpointRouteBuilder MapPlaybackSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/playback/sessions").WithTags("Playback").RequireAuthorization();
        group.MapPost("", CreateAsync).RequireRateLimiting(RateLimitingModule.SessionsPolicy)
            .WithSummary("Start a playback session from a direct http(s) link; its files are under masterPlaylistUrl.");
        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, PlaybackSessionRegistry registry, HttpRequest http) =>
            TypedResults.Ok(SessionDto.From(Owned(registry, id, user), http)))
            .WithSummary("A playback session of the signed-in viewer.");
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, PlaybackSessionRegistry registry) =>
            await registry.EndAsync(id, user.Id()) ? Results.NoContent() : throw NotFound())
            .WithSummary("End a playback session: ffmpeg stops and its files are deleted.").Produces(StatusCodes.Status204NoContent);
        group.MapPost("/{id:guid}/progress", ReportProgressAsync).WithSummary("Report the viewer's position, kept in the viewing history.");
        return app;
    }

    private static async Task<Created<SessionDto>> CreateAsync(
        CreateSessionRequest request, ClaimsPrincipal user, PlaybackEngine engine, HttpRequest http, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
        {
            throw ProblemException.BadRequest("url must be an absolute http(s) URL.");
        }

        var client = ClientProfileRequest.Parse(request.ClientCodecs, request.Multichannel, request.NativeHls);
        var title = request is { TmdbId: { } tmdbId, Type: { } type } ? new PlayedTitle(type, tmdbId, request.Season, request.Episode) : null;

        var result = await engine.StartAsync(user.Id(), new SessionRequest(url, request.StartPosition ?? 0, client, title), cancellationToken);
        var session = result.Started ? result.Session : throw new PlaybackFailedException(result.Failure);
        return TypedResults.Created($"/api/playback/sessions/{session.Id}", SessionDto.From(session, http));
    }

    private static async Task<NoContent> ReportProgressAsync(
        Guid id, ProgressRequest request, ClaimsPrincipal user, PlaybackSessionRegistry registry, ViewingHistory history, CancellationToken cancellationToken)
    {
        var session = Owned(registry, id, user);
        session.Touch();
        if (session.Title is { } title)
        {
            var duration = session.Media.Segments.TotalDuration;
            await history.RecordAsync(
                user.Id(), title.Type, title.TmdbId,
                new RecordProgressRequest(Math.Min(request.Position, duration), duration, title.Season, title.Episode, null, null),
                cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static PlaybackSession Owned(PlaybackSessionRegistry registry, Guid id, ClaimsPrincipal user) =>
        registry.Find(id, user.Id()) ?? throw NotFound();

    private static ProblemException NotFound() => ProblemException.NotFound("No such playback session.");
}
