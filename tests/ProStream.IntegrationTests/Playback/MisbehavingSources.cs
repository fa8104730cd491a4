using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProStream.IntegrationTests.Playback;

/// <summary>Sources that attack or stall the server, under <c>/bad/</c> of the film server.</summary>
internal static class MisbehavingSources
{
    public const long HugeLength = 10L * 1024 * 1024 * 1024;

    private static readonly byte[] Ebml = [0x1A, 0x45, 0xDF, 0xA3];

    public static void Map(WebApplication app, Func<Uri> inward)
    {
        // An HLS playlist whose key and segments are on the internal server.
        app.MapGet("/bad/playlist.m3u8", () => Results.Bytes(Encoding.UTF8.GetBytes(Playlist(inward())), "application/vnd.apple.mpegurl", enableRangeProcessing: true));

        // Matroska's magic bytes followed by a playlist: passes the sniff, must not make ffprobe fetch anything.
        app.MapGet("/bad/disguised.mkv", () => Results.Bytes([.. Ebml, .. Encoding.UTF8.GetBytes("\n" + Playlist(inward()))], "video/x-matroska", enableRangeProcessing: true));

        app.MapGet("/bad/redirect-inward", () => Results.Redirect(new Uri(inward(), "films/film.mkv").ToString()));

        // Accepts the request and never answers.
        app.MapGet("/bad/silent", (HttpContext context) => Task.Delay(Timeout.Infinite, context.RequestAborted));

        // Headers and a few bytes, then nothing.
        app.MapGet("/bad/stall", async (HttpContext context) =>
        {
            await PartialHeadersAsync(context, 1_000_000);
            await context.Response.Body.WriteAsync(Ebml.Concat(new byte[1000]).ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });

        // 206, then one byte a second: never stalls, never finishes.
        app.MapGet("/bad/trickle", async (HttpContext context) =>
        {
            await PartialHeadersAsync(context, 1_000_000);
            for (var i = 0; ; i++)
            {
                await context.Response.Body.WriteAsync(new[] { i < Ebml.Length ? Ebml[i] : (byte)0 }, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(1000, context.RequestAborted);
            }
        });

        // Ignores Range and sends zeros forever, without a length.
        app.MapGet("/bad/endless", async (HttpContext context) => await EndlessAsync(context, new byte[64 * 1024]));

        // Claims 10 GB for any range and sends an endless body that starts like Matroska and goes on as garbage.
        app.MapGet("/bad/huge", async (HttpContext context) =>
        {
            var from = context.Request.GetTypedHeaders().Range?.Ranges.First().From ?? 0;
            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {from}-{HugeLength - 1}/{HugeLength}";
            var garbage = Enumerable.Repeat((byte)0xEE, 64 * 1024).ToArray();
            if (from == 0)
            {
                await context.Response.Body.WriteAsync(Ebml, context.RequestAborted);
            }

            await EndlessAsync(context, garbage);
        });
    }

    private static string Playlist(Uri inward) =>
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n"
        + $"#EXT-X-KEY:METHOD=AES-128,URI=\"{new Uri(inward, "key")}\"\n"
        + $"#EXTINF:10,\n{new Uri(inward, "segment0.ts")}\n#EXTINF:10,\n{new Uri(inward, "segment1.ts")}\n#EXT-X-ENDLIST\n";

    private static async Task PartialHeadersAsync(HttpContext context, long length)
    {
        context.Response.StatusCode = StatusCodes.Status206PartialContent;
        context.Response.Headers.ContentRange = $"bytes 0-{length - 1}/{length}";
        context.Response.ContentLength = length;
        await context.Response.StartAsync(context.RequestAborted);
    }

    private static async Task EndlessAsync(HttpContext context, byte[] chunk)
    {
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }
    }
}
