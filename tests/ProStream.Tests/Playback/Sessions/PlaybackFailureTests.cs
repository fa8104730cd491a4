using Microsoft.AspNetCore.Http;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Playback.Sessions;
using ProStream.Server.Playback.Sources;

namespace ProStream.Tests.Playback.Sessions;

public sealed class PlaybackFailureTests
{
    // The engine's failure → whether Play tries the next release, and the status the HTTP edge answers.
    [Theory]
    [InlineData(PlaybackFailureKind.Source, SourceFailureKind.NotAllowed, true, 400)]
    [InlineData(PlaybackFailureKind.Source, SourceFailureKind.Unreachable, true, 502)]
    [InlineData(PlaybackFailureKind.Source, SourceFailureKind.NotMedia, true, 422)]
    [InlineData(PlaybackFailureKind.Source, SourceFailureKind.NoRangeSupport, true, 422)]
    [InlineData(PlaybackFailureKind.Source, SourceFailureKind.Timeout, true, 504)]
    [InlineData(PlaybackFailureKind.UnsupportedCodec, null, true, 422)]
    [InlineData(PlaybackFailureKind.Busy, null, false, 429)]
    [InlineData(PlaybackFailureKind.InvalidRequest, null, false, 400)]
    [InlineData(PlaybackFailureKind.AccessEnded, null, false, 409)]
    public void Each_kind_has_one_meaning_for_play_and_one_status(PlaybackFailureKind kind, SourceFailureKind? source, bool sourceSpecific, int status)
    {
        var failure = new PlaybackFailure(kind, "detail") { Source = source };

        Assert.Equal(sourceSpecific, failure.IsSourceSpecific);
        Assert.Equal(status, PlaybackFailureProblems.Status(failure).Status);
    }

    // A source failure thrown past the engine is answered exactly as the same failure returned by it.
    [Theory]
    [InlineData(SourceFailureKind.NotAllowed, 400, "Source not allowed")]
    [InlineData(SourceFailureKind.Unreachable, 502, "Source unreachable")]
    [InlineData(SourceFailureKind.NotMedia, 422, "Source is not a media file")]
    [InlineData(SourceFailureKind.NoRangeSupport, 422, "Source cannot be seeked")]
    [InlineData(SourceFailureKind.Timeout, 504, "Source timeout")]
    public void A_source_failure_exception_maps_to_the_same_problem_as_the_engines_failure(SourceFailureKind kind, int status, string title)
    {
        var problem = PlaybackFailureProblems.Describe(new DefaultHttpContext(), new SourceFailureException(kind, "the host refused the connection"));

        Assert.Equal((status, title, "the host refused the connection"), (problem.Status, problem.Title, problem.Detail));
    }

    [Fact]
    public void The_engine_turns_its_steps_exceptions_into_failures_and_leaves_the_rest_alone()
    {
        Assert.Equal(SourceFailureKind.NotAllowed, PlaybackEngine.Describe(SourceFailureException.NotAllowed("no"))?.Source);
        Assert.Equal(SourceFailureKind.Unreachable, PlaybackEngine.Describe(SourceFailureException.Unreachable("gone"))?.Source);
        Assert.Equal(SourceFailureKind.Timeout, PlaybackEngine.Describe(SourceFailureException.Timeout("slow"))?.Source);
        Assert.Equal(PlaybackFailureKind.Busy, PlaybackEngine.Describe(new PlaybackFailedException(PlaybackFailure.Busy("full", 30)))?.Kind);
        Assert.Null(PlaybackEngine.Describe(new OperationCanceledException()));
        Assert.Null(PlaybackEngine.Describe(new InvalidOperationException()));
    }
}
