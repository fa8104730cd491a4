namespace ProStream.Server.Playback.Sources;

/// <summary>Why a source could not be played; the HTTP edge turns each kind into a ProblemDetails.</summary>
public enum SourceFailureKind
{
    /// <summary>The URL's scheme, form or address is not allowed (400).</summary>
    NotAllowed,

    /// <summary>The source could not be connected to, or answered with an error (502).</summary>
    Unreachable,

    /// <summary>The source is not a media container ProStream plays (422).</summary>
    NotMedia,

    /// <summary>The source does not answer HTTP Range requests with a known length (422).</summary>
    NoRangeSupport,

    /// <summary>The source did not answer, or stopped sending, within its deadline (504).</summary>
    Timeout,
}
