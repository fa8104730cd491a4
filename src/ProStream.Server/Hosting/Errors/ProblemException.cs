namespace ProStream.Server.Hosting.Errors;

/// <summary>
/// An error a client should hear about as a ProblemDetails response. Features derive from it (or
/// throw it directly) instead of building error responses by hand, so there is one error path.
/// </summary>
public class ProblemException(int statusCode, string title, string detail, Exception? inner = null)
    : Exception(detail, inner)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    /// <summary>Seconds the client should wait before retrying, sent as <c>Retry-After</c>.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Extra members added to the ProblemDetails body.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static ProblemException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static ProblemException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ProblemException Unprocessable(string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, "Unprocessable request", detail);
}
