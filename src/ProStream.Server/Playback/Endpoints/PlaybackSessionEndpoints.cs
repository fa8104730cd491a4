using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ProStream.Server.Hosting.BasePath;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.RateLimiting;
using ProStream.Server.Identity;
using ProStream.Server.Library;
using ProStream.Server.Playback.Clients;
using ProStream.Server.Playback.Cluster;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Endpoints;

public static class PlaybackSessionEndpoints
{
    public static IEndpointRouteBuilder MapPlaybackSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/playback/sessions").WithTags("Playback").RequireAuthorization();
        group.MapPost("", CreateAsync).RequireRateLimiting(RateLimitingModule.SessionsPolicy)
            .WithSummary("Start a playback session from a direct http(s) link; its files are under masterPlaylistUrl.");
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("A playback session of the signed-in viewer.").Produces<SessionDto>();
        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithSummary("End a playback session: ffmpeg stops and its files are deleted.");
        group.MapPost("/{id:guid}/progress", ReportProgressAsync).Produces(StatusCodes.Status204NoContent).WithSummary("Report the viewer's position, kept in the viewing history.");
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

    private static async Task<IResult> GetAsync(
        Guid id, ClaimsPrincipal user, PlaybackSessionRegistry registry, SessionRouter router, HttpContext http, CancellationToken cancellationToken) =>
        await OwnedAsync(http, id, user, registry, router, cancellationToken) is { } session
            ? TypedResults.Ok(SessionDto.From(session, http.Request))
            : Results.Empty;

    // Run elsewhere (Redis configured): ending it in Redis takes its lease, and its holder stops ffmpeg at its next renewal.
    private static async Task<NoContent> DeleteAsync(Guid id, ClaimsPrincipal user, PlaybackSessionRegistry registry, SessionCluster cluster)
    {
        if (await registry.EndAsync(id, user.Id()))
        {
            return TypedResults.NoContent();
        }

        if (await cluster.LocateAsync(id) is not { } location || location.Description.OwnerId != user.Id())
        {
            throw NotFound();
        }

        await cluster.EndAsync(id, user.Id());
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ReportProgressAsync(
        Guid id, ProgressRequest request, ClaimsPrincipal user, PlaybackSessionRegistry registry, SessionRouter router, ViewingHistory history,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (registry.Find(id, user.Id()) is null)
        {
            // The body was read to bind the request: forward what it said.
            http.Request.Body = new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(request, System.Text.Json.JsonSerializerOptions.Web));
            http.Request.ContentLength = http.Request.Body.Length;
        }

        if (await OwnedAsync(http, id, user, registry, router, cancellationToken) is not { } session)
        {
            return Results.Empty;
        }

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

    /// <summary>The viewer's session run here (taken over if need be), or null when the request was forwarded to its holder.</summary>
    private static async Task<PlaybackSession?> OwnedAsync(
        HttpContext http, Guid id, ClaimsPrincipal user, PlaybackSessionRegistry registry, SessionRouter router, CancellationToken cancellationToken)
    {
        if (registry.Find(id, user.Id()) is { } local)
        {
            return local;
        }

        var routed = await router.RouteAsync(http, id, d => d.OwnerId == user.Id(), null, cancellationToken);
        return routed.Forwarded ? null : routed.Session ?? throw NotFound();
    }

    private static ProblemException NotFound() => ProblemException.NotFound("No such playback session.");
}
