using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>The document's title, description, tags and server; security schemes are declared here, required per operation.</summary>
internal sealed class DocumentInfoTransformer(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Accounts"] = "Register, sign in, the signed-in account and its preferences.",
        ["Administration"] = "Accounts and settings, for admins.",
        ["Library"] = "Watchlist and viewing history.",
        ["Catalog"] = "Films and shows from TMDB.",
        ["Releases"] = "Torrent releases from Prowlarr, parsed and ranked for the viewer.",
        ["Debrid"] = "Releases and magnets on AllDebrid, and direct links to their files.",
        ["Playback"] = "HLS playback sessions from a direct link.",
        ["Play"] = "A title to a playback session in one call.",
        ["Server"] = "The server itself: its version.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ProStream API";
        document.Info.Version = ServerVersion.Current.Version;
        document.Info.Description = "Self-hosted streaming: catalogue, releases, debrid and HLS playback. "
            + "Errors are RFC 9457 problem details.";
        document.Info.Contact = new OpenApiContact { Name = "The operator of this ProStream server" };
        // Relative to the host the document was read from, with the base path it was read under
        // (ProStream__BasePath behind a proxy), so the reference page calls this server.
        var pathBase = http.HttpContext?.Request.PathBase ?? PathString.Empty;
        document.Servers = [new OpenApiServer { Url = pathBase.HasValue ? pathBase.Value : "/", Description = "This server" }];
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
        OpenApiSecurity.AddSchemes(document);
        ProblemSchema.Describe(document);
        return Task.CompletedTask;
    }
}
