using System.Net;

namespace ProStream.Server.Hosting.WebUi;

/// <summary>
/// <c>index.html</c> with the request's base path in its <c>&lt;base href&gt;</c>: the page's own links are
/// relative to it, and the app's scripts read it (<c>document.baseURI</c>) to build every URL they use.
/// </summary>
public sealed class IndexPage(string file)
{
    public const string BaseElement = "<base href=\"/\">";

    private readonly Lazy<string> _html = new(() =>
    {
        var html = File.ReadAllText(file);
        return html.Contains(BaseElement, StringComparison.Ordinal)
            ? html
            : throw new InvalidOperationException($"{file} has no {BaseElement} for the base path.");
    });

    public string For(PathString pathBase) => pathBase.HasValue
        ? _html.Value.Replace(BaseElement, $"<base href=\"{WebUtility.HtmlEncode(pathBase.Value)}/\">", StringComparison.Ordinal)
        : _html.Value;
}
