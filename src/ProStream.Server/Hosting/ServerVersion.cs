using System.Reflection;

namespace ProStream.Server.Hosting;

/// <summary>The running server's release (SemVer, from <c>Version</c> in Directory.Build.props).</summary>
public sealed record ServerVersion(string Version, string Build)
{
    public static ServerVersion Current { get; } = Read();

    private static ServerVersion Read()
    {
        var assembly = typeof(ServerVersion).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // "0.2.0+<commit>": the SemVer, and the build metadata when the SDK added the commit.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? new(informational, informational) : new(informational[..plus], informational);
    }

    public static IEndpointRouteBuilder MapVersion(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/version", () => TypedResults.Ok(Current)).WithTags("Server").AllowAnonymous()
            .WithSummary("The server's version (SemVer) and build.");
        return app;
    }
}
