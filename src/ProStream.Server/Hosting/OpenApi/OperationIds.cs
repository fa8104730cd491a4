using System.Text;

namespace ProStream.Server.Hosting.OpenApi;

/// <summary>
/// An operation's id from its method and route, so that every operation has a stable, unique one
/// without each endpoint naming itself: <c>GET /api/catalog/movies/{id}</c> → <c>getCatalogMoviesById</c>.
/// </summary>
public static class OperationIds
{
    public static string For(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "api")
            {
                continue;
            }

            if (segment.StartsWith('{'))
            {
                id.Append("By").Append(Pascal(ParameterName(segment)));
            }
            else
            {
                id.Append(Pascal(segment));
            }
        }

        return id.ToString();
    }

    // "{id:guid}", "{**file}" → "id", "file".
    private static string ParameterName(string segment) =>
        segment.Trim('{', '}').TrimStart('*').Split(':', '=', '?')[0];

    // "now-playing" → "NowPlaying".
    private static string Pascal(string words)
    {
        var result = new StringBuilder(words.Length);
        foreach (var word in words.Split('-', '_', '.'))
        {
            if (word.Length > 0)
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return result.ToString();
    }
}
