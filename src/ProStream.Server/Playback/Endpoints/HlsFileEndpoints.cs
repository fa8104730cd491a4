using System.Globalization;
using System.Text.RegularExpressions;
using ProStream.Server.Hosting.Errors;
using ProStream.Server.Hosting.RateLimiting;
using ProStream.Server.Playback.Cluster;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;
using ProStream.Server.Playback.Sessions;

namespace ProStream.Server.Playback.Endpoints;

/// <summary>
/// A session's HLS files under <c>/hls/{id}/{token}/…</c>: no headers needed, the token is the key.
/// Only names matching the session's layout are accepted; nothing from the URL becomes a path.
/// </summary>
public static partial class HlsFileEndpoints
{
    private const string PlaylistType = "application/vnd.apple.mpegurl";
    private const string VideoSegmentType = "video/mp4";
    private const string AudioSegmentType = "audio/mp4";
    private const string SubtitleType = "text/vtt";

    public static IEndpointRouteBuilder MapHlsFileEndpoints(this IEndpointRouteBuilder app)
    {
        // HEAD is answered like GET (same status and headers; Kestrel sends no body).
        app.MapMethods("/hls/{id:guid}/{token}/{**file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).WithTags("Playback").ExcludeFromDescription().AllowAnonymous()
            .RequireRateLimiting(RateLimitingModule.SegmentsPolicy);
        return app;
    }

    private static async Task<IResult> ServeAsync(
        Guid id, string token, string? file, HttpContext context, PlaybackSessionRegistry registry, SessionRouter router, CancellationToken cancellationToken)
    {
        var session = registry.FindByToken(id, token);
        if (session is null)
        {
            // Another instance may run it (Redis configured): forward there, or take it over at the asked segment.
            var routed = await router.RouteAsync(context, id, d => PlaybackSessionRegistry.TokenMatches(d.Token, token), SegmentOf(file), cancellationToken);
            if (routed.Forwarded)
            {
                return Results.Empty;
            }

            session = routed.Session ?? throw NotFound();
        }

        session.Touch();
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = "*";

        if (file == HlsPlaylistWriter.MasterFileName)
        {
            return Playlist(headers, session.MasterPlaylist);
        }

        var match = FileName().Match(file ?? "");
        if (!match.Success)
        {
            throw NotFound();
        }

        var rendition = match.Groups["rendition"].Value;
        if (match.Groups["playlist"].Success)
        {
            return session.MediaPlaylists.TryGetValue(rendition, out var playlist) ? Playlist(headers, playlist) : throw NotFound();
        }

        var known = rendition == VideoRendition.Name || session.Media.Renditions.Audio.Any(a => a.DirectoryName == rendition);
        var contentType = rendition == VideoRendition.Name ? VideoSegmentType : AudioSegmentType;
        if (match.Groups["init"].Success)
        {
            headers.CacheControl = "private, max-age=3600";
            return known ? TypedResults.Bytes(await session.GetInitSegmentAsync(rendition, cancellationToken), contentType) : throw NotFound();
        }

        if (!int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= session.Media.Segments.Segments.Count)
        {
            throw NotFound();
        }

        var extension = match.Groups["extension"].Value;
        headers.CacheControl = "private, max-age=3600";
        if (rendition.StartsWith('s'))
        {
            var subtitle = session.Media.Renditions.Subtitles.FirstOrDefault(s => s.DirectoryName == rendition);
            if (subtitle is null || extension != HlsPlaylistWriter.SubtitleSegmentExtension)
            {
                throw NotFound();
            }

            return TypedResults.Text(await session.GetSubtitleSegmentAsync(subtitle, index, cancellationToken), SubtitleType);
        }

        if (!known || extension != HlsPlaylistWriter.MediaSegmentExtension)
        {
            throw NotFound();
        }

        var path = await session.GetSegmentAsync(rendition, index, cancellationToken);
        return TypedResults.PhysicalFile(path, contentType, enableRangeProcessing: true);
    }

    private static int? SegmentOf(string? file) =>
        FileName().Match(file ?? "") is { Success: true } match && match.Groups["index"].Success
        && int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;

    private static IResult Playlist(IHeaderDictionary headers, string text)
    {
        headers.CacheControl = "no-cache";
        return TypedResults.Text(text, PlaylistType);
    }

    private static ProblemException NotFound() => ProblemException.NotFound("No such playback file.");

    [GeneratedRegex(
        @"^(?:(?<rendition>v|a\d{1,2}|s\d{1,2})(?<playlist>\.m3u8)|(?<rendition>v|a\d{1,2})/(?<init>init\.mp4)|(?<rendition>v|a\d{1,2}|s\d{1,2})/(?<index>\d{1,6})\.(?<extension>m4s|vtt))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
