using Microsoft.AspNetCore.Mvc;
using ProStream.Server.Playback.Sources;

namespace ProStream.Server.Hosting.Errors;

/// <summary>The HTTP face of a source failure: one status and title per kind, the failure's words as detail.</summary>
public static class SourceFailureProblems
{
    public static ProblemDetails Describe(SourceFailureException failure)
    {
        var (status, title) = failure.Kind switch
        {
            SourceFailureKind.NotAllowed => (StatusCodes.Status400BadRequest, "Source not allowed"),
            SourceFailureKind.NotMedia => (StatusCodes.Status422UnprocessableEntity, "Source is not a media file"),
            SourceFailureKind.NoRangeSupport => (StatusCodes.Status422UnprocessableEntity, "Source cannot be seeked"),
            SourceFailureKind.Timeout => (StatusCodes.Status504GatewayTimeout, "Source timeout"),
            _ => (StatusCodes.Status502BadGateway, "Source unreachable"),
        };
        return new ProblemDetails { Status = status, Title = title, Detail = failure.Message };
    }
}
