using Microsoft.AspNetCore.Mvc;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Hosting.Errors;

/// <summary>
/// The HTTP face of the playback engine's failures, source failures included: one status and title per kind,
/// the failure's words as detail. The one place these become ProblemDetails.
/// </summary>
public static class PlaybackFailureProblems
{
    public static ProblemDetails Describe(HttpContext context, PlaybackFailure failure)
    {
        var (status, title) = Status(failure);
        if (failure.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ProblemDetails { Status = status, Title = title, Detail = failure.Detail };
    }

    /// <summary>A source failure that reached the edge without passing through the engine (e.g. a segment's source read).</summary>
    public static ProblemDetails Describe(HttpContext context, SourceFailureException failure) =>
        Describe(context, PlaybackFailure.FromSource(failure.Kind, failure.Message));

    public static (int Status, string Title) Status(PlaybackFailure failure) => (failure.Kind, failure.Source) switch
    {
        (PlaybackFailureKind.Busy, _) => (StatusCodes.Status429TooManyRequests, "Too many playback sessions"),
        (PlaybackFailureKind.InvalidRequest, _) => (StatusCodes.Status400BadRequest, "Bad request"),
        (PlaybackFailureKind.AccessEnded, _) => (StatusCodes.Status409Conflict, "Account changed"),
        (PlaybackFailureKind.UnsupportedCodec, _) => (StatusCodes.Status422UnprocessableEntity, "Unsupported codec"),
        (_, SourceFailureKind.NotAllowed) => (StatusCodes.Status400BadRequest, "Source not allowed"),
        (_, SourceFailureKind.NotMedia) => (StatusCodes.Status422UnprocessableEntity, "Source is not a media file"),
        (_, SourceFailureKind.NoRangeSupport) => (StatusCodes.Status422UnprocessableEntity, "Source cannot be seeked"),
        (_, SourceFailureKind.Timeout) => (StatusCodes.Status504GatewayTimeout, "Source timeout"),
        _ => (StatusCodes.Status502BadGateway, "Source unreachable"),
    };
}
