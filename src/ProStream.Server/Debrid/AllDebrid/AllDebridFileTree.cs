namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>Turns <c>magnet/files</c>' tree of files <c>{n,s,l}</c> and folders <c>{n,e}</c> into paths.</summary>
internal static class AllDebridFileTree
{
    private const int MaxDepth = 32;

    public static List<DebridFile> Flatten(IEnumerable<AllDebridFileNode>? nodes)
    {
        var files = new List<DebridFile>();
        Walk(nodes, "", 0, files);
        return files;
    }

    private static void Walk(IEnumerable<AllDebridFileNode>? nodes, string folder, int depth, List<DebridFile> files)
    {
        if (nodes is null || depth > MaxDepth)
        {
            return;
        }

        foreach (var node in nodes)
        {
            var path = folder.Length == 0 ? node.Name ?? "" : $"{folder}/{node.Name}";
            if (node.Entries is not null)
            {
                Walk(node.Entries, path, depth + 1, files);
            }
            else if (node.Link is { Length: > 0 } link)
            {
                files.Add(new DebridFile(path, node.Size ?? 0, link));
            }
        }
    }
}
